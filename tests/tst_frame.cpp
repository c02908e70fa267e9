// The frame codec: length prefix checked at header time; frames survive any split into chunks.
#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

#include "protocol/Frame.h"

using cj::protocol::FrameReader;

class TestFrame : public QObject
{
    Q_OBJECT

private:
    static QByteArray header(quint32 length)
    {
        QByteArray h(4, Qt::Uninitialized);
        qToBigEndian<quint32>(length, h.data());
        return h;
    }

    // Feeds bytes the way a socket does: never more than the reader asks for.
    static QList<QByteArray> feed(FrameReader &reader, const QByteArray &bytes, int chunk, FrameReader::Status *last)
    {
        QList<QByteArray> frames;
        qsizetype at = 0;
        *last = FrameReader::Status::NeedMore;
        while (true) {
            QByteArray payload;
            const FrameReader::Status s = reader.next(&payload);
            *last = s;
            if (s == FrameReader::Status::Frame) {
                frames.append(payload);
                continue;
            }
            if (s != FrameReader::Status::NeedMore || at >= bytes.size())
                break;
            const qsizetype n = qMin<qsizetype>(qMin<qsizetype>(chunk, reader.wantedBytes()), bytes.size() - at);
            reader.append(bytes.mid(at, n));
            at += n;
        }
        return frames;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const QByteArray payload("\xa1\x61\x61\x01", 4);
        const QByteArray frame = cj::protocol::encodeFrame(payload);
        QCOMPARE(frame.size(), 8);
        QCOMPARE(qFromBigEndian<quint32>(frame.constData()), 4u);
        FrameReader reader;
        FrameReader::Status last;
        const auto frames = feed(reader, frame, 1000, &last);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.first(), payload);
        QCOMPARE(last, FrameReader::Status::NeedMore);
        QVERIFY(!reader.hasPartialFrame());
    }

    void anySplitGivesTheSameFrames_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 3, 5, 7, 64, 100000})
            QTest::addRow("chunk %d", chunk) << chunk;
    }

    void anySplitGivesTheSameFrames()
    {
        QFETCH(int, chunk);
        QList<QByteArray> payloads;
        QByteArray stream;
        QRandomGenerator rng(42);
        for (int i = 0; i < 50; ++i) {
            QByteArray p(int(rng.bounded(1, 3000)), Qt::Uninitialized);
            for (char &c : p)
                c = char(rng.bounded(256));
            payloads.append(p);
            stream += cj::protocol::encodeFrame(p);
        }
        FrameReader reader;
        FrameReader::Status last;
        QCOMPARE(feed(reader, stream, chunk, &last), payloads);
    }

    void oversizedIsRefusedAtTheHeader()
    {
        FrameReader reader(1024);
        reader.append(header(1025));
        QByteArray payload;
        QCOMPARE(reader.next(&payload), FrameReader::Status::TooLarge);
        QVERIFY(reader.isBroken());
        QCOMPARE(reader.announcedLength(), 1025u);
        // Nothing of the body is asked for or kept.
        QCOMPARE(reader.wantedBytes(), 0);
        reader.append(QByteArray(2000, 'x'));
        QCOMPARE(reader.next(&payload), FrameReader::Status::TooLarge);
    }

    void hugeHeaderIsRefused()
    {
        FrameReader reader;
        reader.append(QByteArray("\xff\xff\xff\xff", 4));
        QByteArray payload;
        QCOMPARE(reader.next(&payload), FrameReader::Status::TooLarge);
    }

    void exactlyTheMaximumIsAccepted()
    {
        FrameReader reader(1024);
        FrameReader::Status last;
        const auto frames = feed(reader, cj::protocol::encodeFrame(QByteArray(1024, 'a')), 4096, &last);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.first().size(), 1024);
    }

    void zeroLengthIsBroken()
    {
        FrameReader reader;
        reader.append(header(0));
        QByteArray payload;
        QCOMPARE(reader.next(&payload), FrameReader::Status::Empty);
        QVERIFY(reader.isBroken());
    }

    void truncatedFrameIsPartial()
    {
        FrameReader reader;
        const QByteArray frame = cj::protocol::encodeFrame(QByteArray(100, 'z'));
        reader.append(frame.left(50));
        QByteArray payload;
        QCOMPARE(reader.next(&payload), FrameReader::Status::NeedMore);
        QVERIFY(reader.hasPartialFrame());
        QCOMPARE(reader.wantedBytes(), 54);
        reader.append(frame.mid(50));
        QCOMPARE(reader.next(&payload), FrameReader::Status::Frame);
        QCOMPARE(payload, QByteArray(100, 'z'));
    }

    void partialHeaderWantsTheRest()
    {
        FrameReader reader;
        reader.append(QByteArray(3, '\0'));
        QByteArray payload;
        QCOMPARE(reader.next(&payload), FrameReader::Status::NeedMore);
        QCOMPARE(reader.wantedBytes(), 1);
    }
};

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
