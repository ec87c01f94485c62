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
    static QString field(const QString &text);
};
