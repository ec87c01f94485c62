#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

class QWidget;

/// The dashboard's only way to ask or tell the user something modal. Tests switch it to
/// scripted mode: questions take queued answers and messages are recorded, not shown.
class Dialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void error(QWidget *parent, const QString &title, const QString &text);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    /// Index of the chosen item, -1 when cancelled (scripted: the queued int).
    static int choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items);

    // Test seam.
    static void setScripted(bool scripted);
    static void queueAnswer(const QVariant &answer); // bool for confirm, QString for file names
    static QStringList takeMessages();               // "title: text" of every message shown
    static void setScriptedStaff(const QString &email); // the staff account a test "chooses"
    static QString scriptedStaff();                     // null when not scripted
};
