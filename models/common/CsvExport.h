#pragma once

#include <QCoreApplication>

#include "common/Result.h"

class QAbstractItemModel;

/// Writes what a model shows (headers and DisplayRole) as RFC 4180 CSV, UTF-8.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    static Status write(const QAbstractItemModel &model, const QString &path);
    /// One RFC 4180 field; a cell a spreadsheet would run as a formula (it begins with
    /// = + - @, a tab or a carriage return, and is not a number) is prefixed with ' (OWASP).
    static QString field(const QString &text);
    static bool isFormulaLike(const QString &text);
};
