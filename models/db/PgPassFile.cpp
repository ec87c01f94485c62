#include "db/PgPassFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QStringList keyOf(const PgPassFile::Entry &entry)
{
    return {entry.host.isEmpty() ? QStringLiteral("localhost") : entry.host, QString::number(entry.port),
            entry.database.isEmpty() ? QStringLiteral("*") : entry.database, entry.user};
}

} // namespace

QString PgPassFile::path()
{
    return qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE") : QDir::homePath() + QStringLiteral("/.pgpass");
}

QString PgPassFile::escapeField(const QString &value)
{
    QString v = value;
    return v.replace(u'\\', QStringLiteral("\\\\")).replace(u':', QStringLiteral("\\:"));
}

QStringList PgPassFile::splitLine(const QString &line)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size())
            current += line.at(++i);
        else if (c == u':') {
            fields << current;
            current.clear();
        } else
            current += c;
    }
    fields << current;
    return fields;
}

Status PgPassFile::store(const Entry &entry)
{
    return store(path(), entry);
}

Status PgPassFile::store(const QString &path, const Entry &entry)
{
    const QStringList key = keyOf(entry);
    QStringList lines;
    QFile old(path);
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read %1: %2").arg(path, old.errorString()));
        for (QString line : QString::fromUtf8(old.readAll()).split(u'\n')) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            const bool comment = line.startsWith(u'#');
            if (!comment && splitLine(line).mid(0, 4) == key)
                continue; // replaced below
            lines << line;
        }
    }
    QStringList fields;
    for (const QString &field : key)
        fields << escapeField(field);
    fields << escapeField(entry.password);
    lines << fields.join(u':');

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Owner-only before the first byte: libpq ignores a password file others can read,
    // and the password must never sit in a file they could.
    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return Status::failure(tr("Cannot make %1 readable only by you: %2").arg(path, file.errorString()));
    }
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
