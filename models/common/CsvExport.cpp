#include "common/CsvExport.h"

#include <QAbstractItemModel>
#include <QSaveFile>
#include <QTextStream>

QString CsvExport::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
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
