// The Russian and English translations are complete (English gives the plural forms the sources only
// hint at: "%n record(s)"), and the .ts files are up to date with the sources (every string the code
// shows through tr() has a translation).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message {
    QString context;
    QString source;
    bool translated = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> list;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return list;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            bool hasText = false;
            bool allForms = true;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.text().trimmed().isEmpty())
                    hasText = true;
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    allForms = allForms && !xml.readElementText().trimmed().isEmpty(), hasText = true;
            }
            current.translated = type.isEmpty() && hasText && allForms;
            list.append(current);
        }
    }
    return list;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ru") << QStringLiteral(CJ_SOURCE_DIR "/translations/classjournal_ru.ts");
        QTest::newRow("en") << QStringLiteral(CJ_SOURCE_DIR "/translations/classjournal_en.ts");
    }

    void translationIsComplete()
    {
        QFETCH(QString, file);
        const QList<Message> messages = readTs(file);
        QVERIFY(messages.size() > 50);
        QStringList missing;
        for (const Message &m : messages) {
            if (!m.translated)
                missing.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
    }

    void tsFilesHoldEverySourceString()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(CJ_LUPDATE), {QStringLiteral(CJ_SOURCE_DIR "/client"), QStringLiteral("-locations"),
                                                    QStringLiteral("none"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> committed;
        for (const Message &m : readTs(QStringLiteral(CJ_SOURCE_DIR "/translations/classjournal_ru.ts")))
            committed.insert(m.context + QLatin1Char('\x1f') + m.source);
        const QList<Message> found = readTs(fresh);
        QVERIFY2(found.size() > 50, "lupdate found (almost) no strings in client/");
        QStringList absent;
        for (const Message &m : found) {
            if (!committed.contains(m.context + QLatin1Char('\x1f') + m.source))
                absent.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("run the update_translations target; missing:\n")
                                              + absent.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
