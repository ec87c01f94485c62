// libpq's password file: owner-only from the first byte, replaced atomically, fields escaped.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "db/PgPassFile.h"

class TestPgPass final : public QObject
{
    Q_OBJECT

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static void verifyOwnerOnly(const QString &path)
    {
        const QFile::Permissions p = QFile::permissions(path);
        QVERIFY(p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner));
        QVERIFY2(!(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)),
                 qPrintable(QString::number(int(p), 16)));
    }

private slots:
    void escapedFieldsRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("secret");
        QTest::newRow("colon") << QStringLiteral("s3cret:pass");
        QTest::newRow("backslash") << QStringLiteral("back\\slash");
        QTest::newRow("both at the ends") << QStringLiteral(":\\mixed\\:value\\");
        QTest::newRow("empty") << QString();
        QTest::newRow("non-ASCII") << QStringLiteral("pässwört:✓");
    }

    void escapedFieldsRoundTrip()
    {
        QFETCH(QString, value);
        const QString line = QStringList{PgPassFile::escapeField(QStringLiteral("db:host")), QStringLiteral("5432"),
                                         PgPassFile::escapeField(value), PgPassFile::escapeField(value)}
                                 .join(u':');
        QCOMPARE(PgPassFile::splitLine(line), (QStringList{QStringLiteral("db:host"), QStringLiteral("5432"), value, value}));
    }

    void newFileIsOwnerOnlyAndHonoursPgpassfile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sub-pgpass"));
        qputenv("PGPASSFILE", path.toUtf8());
        QCOMPARE(PgPassFile::path(), path);
        const Status stored = PgPassFile::store({QStringLiteral("db.example.com"), 5433, QStringLiteral("app"), QStringLiteral("ann"),
                                                 QStringLiteral("pa:ss\\word")});
        qunsetenv("PGPASSFILE");
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        verifyOwnerOnly(path);
        QCOMPARE(read(path), QStringLiteral("db.example.com:5433:app:ann:pa\\:ss\\\\word\n"));
        QCOMPARE(PgPassFile::splitLine(read(path).trimmed()).value(4), QStringLiteral("pa:ss\\word"));
    }

    void existingEntryReplacedOthersKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# my servers\n"
                       "other:5432:*:bob:bobs\n"
                       "db\\:1:5432:app:ann:old\\:password\n"
                       "db\\:1:5432:app:annie:keep\n"
                       "db\\:1:5433:app:ann:keep\n");
            file.close();
            // A file others could read is made owner-only too.
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        }
        const Status stored = PgPassFile::store(path, {QStringLiteral("db:1"), 5432, QStringLiteral("app"), QStringLiteral("ann"),
                                                       QStringLiteral("new")});
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        verifyOwnerOnly(path);
        QCOMPARE(read(path), QStringLiteral("# my servers\n"
                                            "other:5432:*:bob:bobs\n"
                                            "db\\:1:5432:app:annie:keep\n"
                                            "db\\:1:5433:app:ann:keep\n"
                                            "db\\:1:5432:app:ann:new\n"));
        // Defaults: no host means localhost, no database means any.
        QVERIFY(PgPassFile::store(path, {QString(), 5432, QString(), QStringLiteral("ann"), QStringLiteral("x")}).ok());
        QVERIFY(read(path).endsWith(QLatin1String("\nlocalhost:5432:*:ann:x\n")));
        // Replaced atomically: no temporary file left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("pgpass")});
    }

    void unwritableDirectoryIsAnErrorAndNothingIsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("missing/pgpass"));
        const Status stored = PgPassFile::store(path, {QStringLiteral("h"), 5432, QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("p")});
        QVERIFY(!stored.ok());
        QVERIFY(stored.error().contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPgPass)
#include "tst_pgpass.moc"
