// Every message and error code round-trips; malformed requests are refused with the right code; and
// docs/protocol.md documents each of them.
#include <QCborArray>
#include <QFile>
#include <QTimeZone>
#include <QtTest>

#include "protocol/ArgReader.h"
#include "protocol/CborBytes.h"
#include "protocol/Envelope.h"
#include "protocol/MessageType.h"

using namespace cj::protocol;

class TestMessages : public QObject
{
    Q_OBJECT

private:
    static Error decodeError(const QByteArray &payload)
    {
        auto decoded = decodeRequest(payload);
        if (!std::holds_alternative<DecodeFailure>(decoded))
            return Error{ErrorCode::Internal, QStringLiteral("decoded unexpectedly"), {}};
        return std::get<DecodeFailure>(decoded).error;
    }

private Q_SLOTS:
    void namesAreUniqueAndRoundTrip()
    {
        QSet<QString> names;
        for (MessageType t : allMessageTypes()) {
            const QString name = messageTypeName(t);
            QVERIFY2(!name.isEmpty(), "every type has a wire name");
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(messageTypeFromName(name), t);
            QVERIFY2(!(isEvent(t) && (isWrite(t) || isPreAuth(t))), qPrintable(name));
            QCOMPARE(isEvent(t), name.startsWith(QLatin1String("event.")));
        }
        QCOMPARE(messageTypeFromName(QStringLiteral("no.such")), MessageType::Invalid);
    }

    void errorCodesRoundTrip()
    {
        for (int i = 0; i <= int(ErrorCode::Timeout); ++i) {
            bool known = false;
            QCOMPARE(errorCodeFromName(errorCodeName(ErrorCode(i)), &known), ErrorCode(i));
            QVERIFY(known);
        }
        bool known = true;
        QCOMPARE(errorCodeFromName(QStringLiteral("from_the_future"), &known), ErrorCode::Internal);
        QVERIFY(!known);
    }

    void everyRequestRoundTrips()
    {
        for (MessageType t : allMessageTypes()) {
            if (isEvent(t))
                continue;
            Request r;
            r.id = 77;
            r.type = t;
            r.args = QCborMap{{QStringLiteral("x"), 1}, {QStringLiteral("name"), QStringLiteral("Иванова")}};
            if (isWrite(t))
                r.opId = QUuid::createUuid();
            auto decoded = decodeRequest(encodeRequest(r));
            QVERIFY2(std::holds_alternative<Request>(decoded), qPrintable(messageTypeName(t)));
            const Request back = std::get<Request>(decoded);
            QCOMPARE(back.id, r.id);
            QCOMPARE(back.type, r.type);
            QCOMPARE(back.opId, r.opId);
            QCOMPARE(back.args, r.args);
        }
    }

    void responsesAndEventsRoundTrip()
    {
        Request req;
        req.id = 5;
        req.type = MessageType::UsersList;
        const Response ok = okResponse(req, QCborMap{{QStringLiteral("users"), QCborArray()}});
        auto in = decodeIncoming(encodeResponse(ok));
        QVERIFY(std::holds_alternative<Response>(in));
        QCOMPARE(std::get<Response>(in).id, 5);
        QVERIFY(std::get<Response>(in).ok);
        QCOMPARE(std::get<Response>(in).type, QStringLiteral("users.list"));

        const Response err = errorResponse(6, QStringLiteral("users.list"),
                                           Error{ErrorCode::PermissionDenied, QStringLiteral("no"),
                                                 QCborMap{{QStringLiteral("field"), QStringLiteral("a")}}});
        in = decodeIncoming(encodeResponse(err));
        QVERIFY(std::holds_alternative<Response>(in));
        QCOMPARE(std::get<Response>(in).error.code, ErrorCode::PermissionDenied);
        QCOMPARE(std::get<Response>(in).error.details.value(QStringLiteral("field")).toString(), QStringLiteral("a"));

        for (MessageType t : allMessageTypes()) {
            if (!isEvent(t))
                continue;
            in = decodeIncoming(encodeEvent(Event{t, QCborMap{{QStringLiteral("k"), 1}}, {}}));
            QVERIFY(std::holds_alternative<Event>(in));
            QCOMPARE(std::get<Event>(in).type, t);
        }
    }

    // CborBytes writes what Qt's own writer writes, for every kind of value and every length of head.
    void cborBytesAreQtsOwn()
    {
        QCborArray values{0, 1, 23, 24, 255, 256, 65535, 65536, qint64(1) << 32, std::numeric_limits<qint64>::max(),
                          -1, -24, -25, -256, -257, qint64(-1) << 40, std::numeric_limits<qint64>::min(),
                          QString(), QStringLiteral("Иванова Анна Петровна"), QString(23, QLatin1Char('a')),
                          QString(24, QLatin1Char('b')), QString(300, QChar(0x0436)), QString(70000, QLatin1Char('c')),
                          QStringLiteral("emoji \U0001F600 and \"quotes\""), QByteArray(), QByteArray("\x00\xff\x10", 3),
                          QByteArray(40000, 'x'), true, false, QCborValue(nullptr), QCborValue(), 0.0, -0.0, 0.5, -1e300,
                          4.0, std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN(),
                          QCborValue(QCborSimpleType(0)), QCborValue(QCborSimpleType(19)), QCborValue(QCborSimpleType(32)),
                          QCborValue(QCborSimpleType(255)), QCborValue(QCborKnownTags::ExpectedBase64, QByteArray("ab")),
                          QCborValue(QDateTime(QDate(2026, 3, 17), QTime(8, 30), Qt::UTC)),
                          QCborValue(QUuid::fromString(QStringLiteral("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}"))),
                          QCborArray{}, QCborMap{}};
        QCborMap nested{{1, QStringLiteral("integer key")}, {-5, values}, {QStringLiteral("list"), QCborArray{values, QCborMap{{QStringLiteral("k"), 1}}}}};
        for (int i = 0; i < 30; ++i)
            nested.insert(QStringLiteral("key%1").arg(i), i * 1000);
        values.append(nested);
        for (const QCborValue &v : std::as_const(values))
            QCOMPARE(CborBytes::of(v), v.toCbor());
        QCOMPARE(CborBytes::of(values), QCborValue(values).toCbor());
    }

    // Requests are written pair by pair: the bytes of their map as Qt writes it.
    void requestsAreWrittenAsTheirMap()
    {
        for (const bool withOp : {false, true}) {
            for (const bool withArgs : {false, true}) {
                Request r;
                r.id = withOp ? 4096 : 7;
                r.type = withOp ? MessageType::JournalSetMarks : MessageType::ReportsProgressStatement;
                QCborMap map{{QStringLiteral("type"), messageTypeName(r.type)}, {QStringLiteral("id"), r.id}};
                if (withOp) {
                    r.opId = QUuid::createUuid();
                    map.insert(QStringLiteral("opId"), r.opId.toString(QUuid::WithoutBraces));
                }
                if (withArgs) {
                    r.args = QCborMap{{QStringLiteral("lessonId"), 12}, {QStringLiteral("comment"), QStringLiteral("устно")}};
                    map.insert(QStringLiteral("args"), r.args);
                }
                QCOMPARE(encodeRequest(r), map.toCborValue().toCbor());
            }
        }
    }

    // A result the server holds encoded already is sent as is: the same bytes as encoding it anew,
    // and the bytes of the whole map as Qt writes it.
    void anEncodedResultIsSentAsEncodingItWouldBe()
    {
        const QCborMap result{{QStringLiteral("cell"), QCborMap{{QStringLiteral("marks"), QCborArray{5, 4}}}},
                              {QStringLiteral("name"), QStringLiteral("Иванова А. П.")}};
        const QByteArray encoded = result.toCborValue().toCbor();
        for (const MessageType t : {MessageType::JournalSetMarks, MessageType::ReportsProgressStatement, MessageType::Ping}) {
            for (const qint64 id : {qint64(0), qint64(23), qint64(24), qint64(255), qint64(256), qint64(65535),
                                    qint64(65536), qint64(1) << 32, (qint64(1) << 53) - 1}) {
                Request req;
                req.id = id;
                req.type = t;
                QCOMPARE(encodeResponse(okResponse(req, encoded)), encodeResponse(okResponse(req, result)));
                const QCborMap whole{{QStringLiteral("type"), messageTypeName(t)}, {QStringLiteral("id"), id},
                                     {QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
                QCOMPARE(encodeResponse(okResponse(req, result)), whole.toCborValue().toCbor());
            }
        }
    }

    // An event whose data the sender holds encoded is sent as encoding its map would give.
    void anEncodedEventIsSentAsEncodingItWouldBe()
    {
        const QCborMap data{{QStringLiteral("assignmentId"), 4711},
                            {QStringLiteral("changes"), QCborArray{QCborMap{{QStringLiteral("kind"), QStringLiteral("cell")}}}}};
        for (const MessageType t : {MessageType::EventJournalChanged, MessageType::EventSessionEnded}) {
            const QByteArray whole = QCborMap{{QStringLiteral("type"), messageTypeName(t)}, {QStringLiteral("data"), data}}
                                         .toCborValue()
                                         .toCbor();
            QCOMPARE(encodeEvent(Event{t, data, {}}), whole);
            QCOMPARE(encodeEvent(Event{t, {}, data.toCborValue().toCbor()}), whole);
        }
    }

    // Keys written as Latin-1 views and doubles written alone are the bytes Qt writes for them.
    void keysAndDoublesAreQtsOwn()
    {
        for (const QLatin1StringView key : {QLatin1StringView(""), QLatin1StringView("cell"),
                                            QLatin1StringView("a key of exactly twenty-four"), QLatin1StringView("tooFewMarks")}) {
            QByteArray out;
            CborBytes::appendText(out, key);
            QCOMPARE(out, QCborValue(QString(key)).toCbor());
        }
        for (const double d : {0.0, -0.0, 3.5, 4.0, 22.0 / 6.0, -1e300}) {
            QByteArray out;
            CborBytes::appendDouble(out, d);
            QCOMPARE(out, QCborValue(d).toCbor());
        }
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");
        const auto cbor = [](const QCborMap &m) { return m.toCborValue().toCbor(); };
        const QString ping = QStringLiteral("ping");
        QTest::newRow("not cbor") << QByteArray("\xff\xfe\x00garbage", 10) << QStringLiteral("malformed");
        QTest::newRow("truncated cbor") << cbor(QCborMap{{QStringLiteral("type"), ping}}).left(5) << QStringLiteral("malformed");
        QTest::newRow("array, not map") << QCborValue(QCborArray{1, 2}).toCbor() << QStringLiteral("malformed");
        QTest::newRow("trailing bytes") << cbor(QCborMap{{QStringLiteral("type"), ping}, {QStringLiteral("id"), 1}}) + "x"
                                        << QStringLiteral("malformed");
        QTest::newRow("no id") << cbor(QCborMap{{QStringLiteral("type"), ping}}) << QStringLiteral("malformed");
        QTest::newRow("negative id") << cbor(QCborMap{{QStringLiteral("type"), ping}, {QStringLiteral("id"), -1}})
                                     << QStringLiteral("malformed");
        QTest::newRow("float id") << cbor(QCborMap{{QStringLiteral("type"), ping}, {QStringLiteral("id"), 1.5}})
                                  << QStringLiteral("malformed");
        QTest::newRow("type not text") << cbor(QCborMap{{QStringLiteral("type"), 3}, {QStringLiteral("id"), 1}})
                                       << QStringLiteral("malformed");
        QTest::newRow("unknown type") << cbor(QCborMap{{QStringLiteral("type"), QStringLiteral("x.y")}, {QStringLiteral("id"), 1}})
                                      << QStringLiteral("unknown_type");
        QTest::newRow("event requested")
            << cbor(QCborMap{{QStringLiteral("type"), QStringLiteral("event.sessionEnded")}, {QStringLiteral("id"), 1}})
            << QStringLiteral("unknown_type");
        QTest::newRow("args not map")
            << cbor(QCborMap{{QStringLiteral("type"), ping}, {QStringLiteral("id"), 1}, {QStringLiteral("args"), 5}})
            << QStringLiteral("invalid_argument");
        QTest::newRow("write without opId")
            << cbor(QCborMap{{QStringLiteral("type"), QStringLiteral("users.create")}, {QStringLiteral("id"), 1}})
            << QStringLiteral("invalid_argument");
        QTest::newRow("write with bad opId")
            << cbor(QCborMap{{QStringLiteral("type"), QStringLiteral("users.create")}, {QStringLiteral("id"), 1},
                             {QStringLiteral("opId"), QStringLiteral("not-a-uuid")}})
            << QStringLiteral("invalid_argument");
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QCOMPARE(errorCodeName(decodeError(payload).code), code);
    }

    void failureKeepsIdAndTypeForTheReply()
    {
        const QByteArray payload = QCborMap{{QStringLiteral("type"), QStringLiteral("x.y")}, {QStringLiteral("id"), 9}}
                                       .toCborValue()
                                       .toCbor();
        auto decoded = decodeRequest(payload);
        QCOMPARE(std::get<DecodeFailure>(decoded).id, 9);
        QCOMPARE(std::get<DecodeFailure>(decoded).type, QStringLiteral("x.y"));
    }

    void argReaderNamesTheField()
    {
        ArgReader args(QCborMap{{QStringLiteral("n"), QStringLiteral("5")},
                                {QStringLiteral("d"), QStringLiteral("2025-02-30")},
                                {QStringLiteral("ok"), QStringLiteral("2025-09-01")},
                                {QStringLiteral("ids"), QCborArray{1, 2, -3}},
                                {QStringLiteral("sub"), QCborMap{{QStringLiteral("x"), true}}}});
        try {
            args.integer(QStringLiteral("n"));
            QFAIL("no error");
        } catch (const ArgumentError &e) {
            QCOMPARE(e.field(), QStringLiteral("n"));
        }
        QVERIFY_THROWS_EXCEPTION(ArgumentError, args.date(QStringLiteral("d")));
        QCOMPARE(args.date(QStringLiteral("ok")), QDate(2025, 9, 1));
        QVERIFY_THROWS_EXCEPTION(ArgumentError, args.idList(QStringLiteral("ids")));
        QVERIFY_THROWS_EXCEPTION(ArgumentError, args.string(QStringLiteral("missing")));
        QCOMPARE(args.string(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
        try {
            args.reader(QStringLiteral("sub")).integer(QStringLiteral("x"));
            QFAIL("no error");
        } catch (const ArgumentError &e) {
            QCOMPARE(e.field(), QStringLiteral("sub.x"));
        }
        QVERIFY(!args.optionalInteger(QStringLiteral("missing")).has_value());
        QVERIFY_THROWS_EXCEPTION(ArgumentError, args.string(QStringLiteral("ok"), 3));
    }

    void timestampsAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QDateTime>("at");
        const QTimeZone moscow("Europe/Moscow");
        QTest::newRow("utc") << QDateTime(QDate(2026, 3, 17), QTime(8, 30), Qt::UTC);
        QTest::newRow("milliseconds") << QDateTime(QDate(2025, 9, 1), QTime(23, 59, 59, 7), Qt::UTC);
        QTest::newRow("moscow, previous day in UTC") << QDateTime(QDate(2026, 1, 1), QTime(1, 2, 3, 450), moscow);
        QTest::newRow("first year") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("before the era") << QDateTime(QDate(-5, 6, 7), QTime(12, 0), Qt::UTC);
        QTest::newRow("invalid") << QDateTime();
    }

    void timestampsAreWrittenAsQtWritesThem()
    {
        QFETCH(QDateTime, at);
        QCOMPARE(dateTimeToWire(at), at.toUTC().toString(Qt::ISODateWithMs));
        if (at.isValid() && at.date().year() > 0 && at.date().year() < 10000)
            QCOMPARE(QDateTime::fromString(dateTimeToWire(at), Qt::ISODateWithMs), at);
    }

    void protocolDocumentsEveryMessageAndError()
    {
        QFile doc(QStringLiteral(CJ_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (MessageType t : allMessageTypes()) {
            const QString heading = QStringLiteral("### `%1`").arg(messageTypeName(t));
            QVERIFY2(text.contains(heading), qPrintable(QStringLiteral("docs/protocol.md lacks ") + heading));
        }
        for (int i = 0; i <= int(ErrorCode::Timeout); ++i) {
            const QString code = QStringLiteral("`%1`").arg(errorCodeName(ErrorCode(i)));
            QVERIFY2(text.contains(code), qPrintable(QStringLiteral("docs/protocol.md lacks error ") + code));
        }
    }
};

QTEST_APPLESS_MAIN(TestMessages)
#include "tst_messages.moc"
