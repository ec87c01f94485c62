#include "pages/PageParts.h"

#include <algorithm>
#include <limits>

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include "db/PagedQueryModel.h"

namespace PageParts {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    return label;
}

void limitSearch(QLineEdit *field)
{
    field->setMaxLength(SearchMaxLength);
}

QTimer *debounceTyping(QObject *owner, const QList<QLineEdit *> &fields, const std::function<void()> &apply)
{
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    timer->setInterval(300);
    QObject::connect(timer, &QTimer::timeout, owner, apply);
    for (QLineEdit *field : fields) {
        limitSearch(field);
        QObject::connect(field, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    }
    return timer;
}

bool reselect(QTableView *view, const PagedQueryModel &model, int idColumn, qint64 id)
{
    if (id == 0)
        return false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowValues(row).value(idColumn).toLongLong() == id) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace PageParts
