#pragma once

#include <functional>

#include <QList>
#include <QString>

class PagedQueryModel;
class QLabel;
class QLineEdit;
class QObject;
class QTableView;
class QTimer;
class QWidget;

/// The pieces every page builds the same way, defined once.
namespace PageParts {

/// The page's title at the top left: 1.5 times the font size, bold.
QLabel *heading(const QString &text, QWidget *parent);

/// The longest text a search field takes: what it searches (emails, names, cache keys)
/// is at most 255 characters, and a pasted megabyte must not become a megabyte pattern.
constexpr int SearchMaxLength = 255;

/// Bounds a search field to SearchMaxLength (QLineEdit cuts what is typed or pasted).
void limitSearch(QLineEdit *field);

/// Runs `apply` once typing in `fields` has paused for 300 ms; the returned timer (owned
/// by `owner`) can be stopped when the filter is applied another way. Bounds each field
/// with limitSearch().
QTimer *debounceTyping(QObject *owner, const QList<QLineEdit *> &fields, const std::function<void()> &apply);

/// After a reload: selects again the row whose id (`idColumn` of rowValues()) is `id`,
/// among the rows loaded. False when it is gone (or `id` is 0).
bool reselect(QTableView *view, const PagedQueryModel &model, int idColumn, qint64 id);

/// A row count as the `n` of tr("%Ln rows", nullptr, n), which takes an int.
int pluralCount(qint64 n);

} // namespace PageParts
