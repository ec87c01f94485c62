#include "shell/Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

namespace {
bool scripted = false;
QQueue<QVariant> answers;
QStringList messages;
QString staffEmail;

QVariant nextAnswer(const QVariant &fallback)
{
    return answers.isEmpty() ? fallback : answers.dequeue();
}

// Messages carry data (names, keys, reasons, server errors): never read as HTML.
void showPlain(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
} // namespace

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    if (scripted) {
        messages << title + QStringLiteral(": ") + text;
        return nextAnswer(false).toBool();
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(accept);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    if (scripted) {
        messages << title + QStringLiteral(": ") + text;
        return;
    }
    showPlain(parent, QMessageBox::Information, title, text);
}

void Dialogs::error(QWidget *parent, const QString &title, const QString &text)
{
    if (scripted) {
        messages << title + QStringLiteral(": ") + text;
        return;
    }
    showPlain(parent, QMessageBox::Warning, title, text);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (scripted)
        return nextAnswer(QString()).toString();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (scripted)
        return nextAnswer(QString()).toString();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    if (scripted)
        return nextAnswer(-1).toInt();
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(item)) : -1;
}

void Dialogs::setScripted(bool on)
{
    scripted = on;
    answers.clear();
    messages.clear();
}

void Dialogs::queueAnswer(const QVariant &answer)
{
    answers.enqueue(answer);
}

QStringList Dialogs::takeMessages()
{
    return std::exchange(messages, {});
}

void Dialogs::setScriptedStaff(const QString &email)
{
    staffEmail = email;
}

QString Dialogs::scriptedStaff()
{
    return scripted ? (staffEmail.isNull() ? QStringLiteral("") : staffEmail) : QString();
}
