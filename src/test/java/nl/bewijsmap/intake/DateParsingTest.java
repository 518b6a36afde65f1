package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParsingTest {

    @ParameterizedTest(name = "EXIF/XMP {0} + {1} → {2} {3}")
    @CsvSource(textBlock = """
            '2024:05:01 14:03:22',            +02:00, 2024-05-01T14:03:22, +02:00, SECOND
            '2024:05:01 14:03:22',            ,       2024-05-01T14:03:22, ,       SECOND
            '2024:05:01 14:03:22',            junk,   2024-05-01T14:03:22, ,       SECOND
            '2010-04-13T09:37:22+02:00',      ,       2010-04-13T09:37:22, +02:00, SECOND
            '2009-06-16T14:57:56Z',           ,       2009-06-16T14:57:56, Z,      SECOND
            '2019-07-24T11:25:40+0300',       ,       2019-07-24T11:25:40, +03:00, SECOND
            '2019-10-16T19:01:00.00+00:00',   ,       2019-10-16T19:01:00, Z,      SECOND
            '2009-09-09T17:00:00, 2009-09-09', ,      2009-09-09T17:00:00, ,       SECOND
            '2020-01-05T15:04Z',              ,       2020-01-05T15:04:00, Z,      MINUTE
            '2019-09-02',                     ,       2019-09-02T00:00:00, ,       DAY
            """)
    void readsExifAndXmpDates(String value, String zone, String local, String offset, Precision precision) {
        Timestamp t = Dates.parse(value, zone, TimestampSource.EXIF_ORIGINAL);
        assertThat(t.local()).isEqualTo(LocalDateTime.parse(local));
        assertThat(t.offset() == null ? null : t.offset().getId()).isEqualTo(offset);
        assertThat(t.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"'0000:00:00 00:00:00'", "'    :  :     :  :  '", "'2014:09:259'", "'garbage'"})
    void refusesWhatIsNoDate(String value) {
        assertThat(Dates.parse(value, null, TimestampSource.EXIF_ORIGINAL)).isNull();
    }

    @ParameterizedTest(name = "PDF {0} → {1} {2}")
    @CsvSource(textBlock = """
            D:20220403203552+02'00',   2022-04-03T20:35:52, +02:00
            D:20210107113443+03'34',   2021-01-07T11:34:43, +03:34
            D:20240411135922+02'00,    2024-04-11T13:59:22, +02:00
            D:20150321162954+00,       2015-03-21T16:29:54, Z
            D:20170726140203-00'00',   2017-07-26T14:02:03, Z
            D:20230410074654Z07'46',   2023-04-10T07:46:54, Z
            D:20120224010252Z00'00',   2012-02-24T01:02:52, Z
            20120219204058Z,           2012-02-19T20:40:58, Z
            D:20130801125645,          2013-08-01T12:56:45,
            D:20130116,                2013-01-16T00:00,
            """)
    void readsPdfDatesLikePoppler(String raw, String local, String offset) {
        Timestamp t = PdfDates.parse(raw, TimestampSource.PDF_CREATION);
        assertThat(t.local()).isEqualTo(LocalDateTime.parse(local));
        assertThat(t.offset() == null ? null : t.offset().getId()).isEqualTo(offset);
    }

    @ParameterizedTest
    @CsvSource({"2017124", "D:2017", "nonsense", "''"})
    void refusesPdfDatesItCannotRead(String raw) {
        assertThat(PdfDates.parse(raw, TimestampSource.PDF_CREATION)).isNull();
    }

    @ParameterizedTest(name = "Date: {0} → {1} {2}")
    @CsvSource(textBlock = """
            'Tue, 04 Dec 2001 17:11:25 -0459',                   2001-12-04T17:11:25, -04:59
            'Thu, 13 Feb 1969 23:32 -0330 (Newfoundland Time)',  1969-02-13T23:32,    -03:30
            '21 Nov 97 09:55:06 GMT',                            1997-11-21T09:55:06, Z
            'Tue, 22 Jan 2002 14:35:28 UT',                      2002-01-22T14:35:28, Z
            'Thu, 3 Dec 2009 10:50:22 -0800 (PST)',              2009-12-03T10:50:22, -08:00
            'Mon, 16 Aug 1999 11:23:16 -0000',                   1999-08-16T11:23:16,
            'Tue, 12 Oct 2010 16:21:05 H0500',                   2010-10-12T16:21:05,
            'Fri, 12 Sep 2008 07:28:29 EDT',                     2008-09-12T07:28:29, -04:00
            """)
    void readsEmailDatesKeepingTheirOffset(String header, String local, String offset) {
        Timestamp t = MailDates.parse(header);
        assertThat(t.local()).isEqualTo(LocalDateTime.parse(local));
        assertThat(t.offset() == null ? null : t.offset().getId()).isEqualTo(offset);
        assertThat(t.source()).isEqualTo(TimestampSource.EMAIL_DATE);
    }

    @ParameterizedTest
    @CsvSource({"'<HR>'", "'Wed, 15 Dec 2010 59:10 -0500'", "'Pn, 29 paX 2007 21:13:00 +0100'"})
    void refusesEmailDatesItCannotRead(String header) {
        assertThat(MailDates.parse(header)).isNull();
    }
}
