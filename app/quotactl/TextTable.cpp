#include "TextTable.h"

TextTable::TextTable(const QList<Column> &columns)
{
    for (const Column &column : columns) {
        m_headers << column.header;
        m_aligns << column.align;
    }
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

QString TextTable::takeRendered(Header header)
{
    const bool first = m_fixedWidths.isEmpty();
    QString text = render(first ? header : Header::Hidden);
    if (first) {
        for (const QString &h : m_headers)
            m_fixedWidths << h.size();
        for (const QStringList &row : std::as_const(m_rows))
            for (qsizetype c = 0; c < row.size() && c < m_fixedWidths.size(); ++c)
                m_fixedWidths[c] = std::max(m_fixedWidths[c], row.at(c).size());
    }
    m_rows.clear();
    return text;
}

QString TextTable::render(Header header) const
{
    QList<qsizetype> widths = m_fixedWidths;
    if (widths.isEmpty()) {
        for (const QString &h : m_headers)
            widths << h.size();
        for (const QStringList &row : m_rows)
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
    }

    auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = c < cells.size() ? cells.at(c) : QString();
            padded << (m_aligns.at(c) == Align::Right ? cell.rightJustified(widths.at(c)) : cell.leftJustified(widths.at(c)));
        }
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };

    QString out;
    if (header == Header::Shown) {
        QStringList rules;
        for (qsizetype w : widths)
            rules << QString(w, u'-');
        out += line(m_headers) + line(rules);
    }
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}
