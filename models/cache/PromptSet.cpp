#include "cache/PromptSet.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include "cache/CacheService.h"

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return PromptSet::tr("null");
    case QJsonValue::Bool:
        return PromptSet::tr("a boolean");
    case QJsonValue::Double:
        return PromptSet::tr("a number");
    case QJsonValue::Array:
        return PromptSet::tr("an array");
    case QJsonValue::Object:
        return PromptSet::tr("an object");
    default:
        return PromptSet::tr("not a text");
    }
}

// A key as JSON writes it, quotes included: control characters escaped.
QByteArray jsonQuoted(const QString &key)
{
    const QByteArray array = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["key"] -> "key"
}

// A key inside a message, which stays one line whatever the key holds (a newline, a NUL).
QString shownKey(const QString &key)
{
    const QString quoted = QString::fromUtf8(jsonQuoted(key));
    return quoted.mid(1, quoted.size() - 2);
}

struct PromptProblem
{
    QString key;     // the offending key, if one
    QString message; // empty = valid
};

PromptProblem checkPrompts(const QJsonObject &prompts)
{
    if (prompts.isEmpty())
        return {{}, PromptSet::tr("There are no prompts: the object is empty.")};
    for (auto it = prompts.constBegin(); it != prompts.constEnd(); ++it) {
        const QString key = it.key();
        if (key.trimmed().isEmpty())
            return {key, PromptSet::tr("A prompt has an empty key.")};
        const qsizetype length = CacheService::keyLength(key);
        if (length > CacheService::MaxKeyLength)
            return {key, PromptSet::tr("The key \"%1...\" is %2 characters; the limit is %3.")
                             .arg(shownKey(key.left(40)), QString::number(length), QString::number(CacheService::MaxKeyLength))};
        if (key.contains(QChar(0)))
            return {key, PromptSet::tr("The key \"%1\" contains a NUL character.").arg(shownKey(key))};
        if (!it.value().isString())
            return {key, PromptSet::tr("The value of \"%1\" is %2, not a prompt text.").arg(shownKey(key), jsonTypeName(it.value()))};
        if (it.value().toString().trimmed().isEmpty())
            return {key, PromptSet::tr("The prompt \"%1\" is empty.").arg(shownKey(key))};
        // PostgreSQL text (and so jsonb) cannot hold U+0000: say which prompt, not an SQLSTATE.
        if (it.value().toString().contains(QChar(0)))
            return {key, PromptSet::tr("The prompt \"%1\" contains a NUL character (\\u0000), which PostgreSQL text cannot hold.").arg(shownKey(key))};
    }
    return {};
}

// Line of `"key":` in the file, 0 when not found (e.g. the key is written with escapes).
int lineOfKey(const QByteArray &bytes, const QString &key)
{
    const QRegularExpression pattern(QRegularExpression::escape(QString::fromUtf8(jsonQuoted(key))) + QStringLiteral("\\s*:"));
    const QString text = QString::fromUtf8(bytes);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return 0;
    return int(text.left(m.capturedStart()).count(u'\n')) + 1;
}

QString tooLarge(const QString &file)
{
    return PromptSet::tr("Prompts file %1 is larger than %2 MB.").arg(file, QString::number(PromptSet::MaxFileBytes / (1024 * 1024)));
}

} // namespace

QString PromptSet::validate(const QJsonObject &prompts)
{
    return checkPrompts(prompts).message;
}

Result<QJsonObject> PromptSet::load(const QString &path)
{
    using R = Result<QJsonObject>;
    const QString file = path.isEmpty() ? QStringLiteral(":/prompts/default.json") : path;
    QFile input(file);
    if (!input.exists())
        return R::failure(tr("Prompts file %1 does not exist.").arg(file));
    if (QFileInfo(input).isDir())
        return R::failure(tr("%1 is a directory, not a prompts file.").arg(file));
    if (input.size() > MaxFileBytes)
        return R::failure(tooLarge(file));
    if (!input.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read prompts file %1: %2").arg(file, input.errorString()));
    return parse(input.readAll(), file);
}

Result<QJsonObject> PromptSet::parse(const QByteArray &bytes, const QString &file)
{
    using R = Result<QJsonObject>;
    if (bytes.size() > MaxFileBytes)
        return R::failure(tooLarge(file));
    if (bytes.trimmed().isEmpty())
        return R::failure(tr("Prompts file %1 is empty: it must hold a JSON object mapping cache keys to prompt texts.").arg(file));

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return R::failure(tr("Prompts file %1 is not valid JSON: %2 at line %3, column %4.")
                              .arg(file, error.errorString(), QString::number(line), QString::number(column)));
    }
    if (doc.isArray())
        return R::failure(tr("Prompts file %1 holds a JSON array; it must hold a JSON object mapping cache keys to prompt texts, "
                             "like {\"cv_drafting_system\": \"You are ...\"}.").arg(file));
    if (!doc.isObject())
        return R::failure(tr("Prompts file %1 must hold a JSON object mapping cache keys to prompt texts.").arg(file));

    const QJsonObject prompts = doc.object();
    const PromptProblem problem = checkPrompts(prompts);
    if (problem.message.isEmpty())
        return prompts;
    const int line = problem.key.isNull() ? 0 : lineOfKey(bytes, problem.key);
    if (line > 0)
        return R::failure(tr("Prompts file %1, line %2: %3").arg(file, QString::number(line), problem.message));
    return R::failure(tr("Prompts file %1: %2").arg(file, problem.message));
}
