#include "common/CsvExport.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

bool CsvExport::isFormulaLike(const QString &text)
{
    // OWASP "CSV injection": a spreadsheet runs a cell that begins with one of these.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !triggers.contains(text.front()))
        return false;
    // A number as the models write it ("-5", "-1,234.5", "+12 %") stays a number.
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d[\\d.,\\x{00A0}\\x{202F} ]*%?$"));
    return !number.match(text).hasMatch();
}

QString CsvExport::field(const QString &text)
{
    // A leading apostrophe makes a spreadsheet take the cell as text; it is quoted too,
    // so a reader that splits on the separator keeps it one cell.
    const bool formula = isFormulaLike(text);
    const QString cell = formula ? u'\'' + text : text;
    if (!formula && !text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return cell;
    return u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

Status CsvExport::write(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path); // all or nothing: a failed export leaves no half file
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out << cells.join(u',') << '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells << field(model.data(model.index(r, c), Qt::DisplayRole).toString());
        out << cells.join(u',') << '\n';
    }
    out.flush();
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
