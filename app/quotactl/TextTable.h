#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// An aligned plain-text table for terminals: numbers right-aligned, text left.
class TextTable final
{
public:
    enum class Align { Left, Right };
    enum class Header { Shown, Hidden }; // Hidden: rows only, e.g. for help text
    struct Column
    {
        QString header;
        Align align = Align::Left;
    };

    explicit TextTable(const QList<Column> &columns);

    void addRow(const QStringList &cells);
    QString render(Header header = Header::Shown) const;
    /// Renders the rows added so far (with the header the first time) and forgets them, for
    /// output that streams: the first call fixes the column widths, later rows keep them
    /// (a wider cell pushes the rest of its line).
    QString takeRendered(Header header = Header::Shown);
    qsizetype rowCount() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QStringList m_headers;
    QList<Align> m_aligns;
    QList<QStringList> m_rows;
    QList<qsizetype> m_fixedWidths; // set by the first takeRendered()
};
