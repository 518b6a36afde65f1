package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoAndVideoReadingTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final MetadataReader reader = new MetadataReader(NOW);

    private Reading read(String corpusPath) throws IOException {
        Path file = Corpus.file(corpusPath);
        return reader.read(file, new Sniffer().sniff(file));
    }

    @Test
    void aJpegWithOffsetTimeOriginalKeepsItsOffset() throws IOException {
        Reading r = read("photos/exif-samples/HMD_Nokia_8.3_5G.jpg");
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2022-08-14T14:12:31"));
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(r.timestamp().source()).isEqualTo(TimestampSource.EXIF_ORIGINAL);
        assertThat(r.suggestedKind()).isEqualTo(EvidenceKind.PHOTO);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void anIphoneHeicKeepsPlusTwoHours() throws IOException {
        Reading r = read("photos/metadata-extractor-images/Issue 437 (dotnet).heic");
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2025-05-09T11:38:44"));
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aJpegWithoutOffsetStaysLocalTime() throws IOException {
        Reading r = read("photos/exif-samples/Canon_40D.jpg");
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2008-05-30T15:56:01"));
        assertThat(r.timestamp().offset()).isNull();
    }

    @Test
    void aBlankDateTimeOriginalFallsThroughToDateTimeDigitized() throws IOException {
        Reading r = read("photos/metadata-extractor-images/FujiFilm SP-2500.jpg");
        assertThat(r.timestamp().source()).isEqualTo(TimestampSource.EXIF_DIGITIZED);
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2003-09-10T20:59:18"));
    }

    @Test
    void zeroDatesGiveNoTimestampButSaySo() throws IOException {
        Reading r = read("photos/metadata-extractor-images/Nikon E885.jpg");
        assertThat(r.timestamp()).isNull();
        assertThat(r.problems()).containsExactly(new Problem(ImportProblem.PLACEHOLDER_DATE, "0000:00:00 00:00:00"));
    }

    @Test
    void aCaptureDateInTheFutureIsNotTrusted() throws IOException {
        Reading r = read("photos/metadata-extractor-images/Sigma DP1.jpg");
        assertThat(r.timestamp()).isNull();
        assertThat(r.has(ImportProblem.PLACEHOLDER_DATE)).isTrue();
    }

    @Test
    void xmpCreateDateBeatsTheModificationTimeInIfd0() throws IOException {
        Reading r = read("photos/metadata-extractor-images/Multiple ICC segments.jpg");
        assertThat(r.timestamp().source()).isEqualTo(TimestampSource.XMP);
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.ofHours(-2));
    }

    @Test
    void exifIsFoundInAnAvifAndInACutOffHeic() throws IOException {
        assertThat(read("photos/metadata-extractor-images/Issue 649.avif").timestamp().local())
                .isEqualTo(LocalDateTime.parse("2015-10-11T14:41:44"));
        assertThat(read("malformed/synthetic/truncated-4KiB_IMG_5195.HEIC").timestamp().offset())
                .isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void brokenHeifFilesAreReportedAsDamagedNotThrown() throws IOException {
        Reading r = read("malformed/metadata-extractor-images/NullPointerException.HeifPictureHandler.processBox.heif");
        assertThat(r.has(ImportProblem.DAMAGED)).isTrue();
        assertThat(r.problems().get(0).detail()).isNotBlank();
    }

    @Test
    void aPngIsTakenForAScreenshot() throws IOException {
        assertThat(read("photos/metadata-extractor-images/Issue 62.png").suggestedKind())
                .isEqualTo(EvidenceKind.SCREENSHOT);
    }

    @Test
    void aHugePictureIsRefusedAsTooComplex(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, png(20_000, 20_000));
        Reading r = reader.read(bomb, MediaType.PNG);
        assertThat(r.problems()).extracting(Problem::code).contains(ImportProblem.TOO_COMPLEX);
        Problem problem = reader.read(bomb, MediaType.PNG).problems().get(0);
        assertThat(nl.bewijsmap.app.ProblemTexts.sentence(problem.code(), problem.detail(), java.util.Locale.ENGLISH))
                .contains("400 megapixels");
    }

    @Test
    void appleCreationDatePrecedesTheMovieHeader() throws IOException {
        Reading r = read("videos/metadata-extractor-images/with-gps.mov");
        assertThat(r.timestamp().source()).isEqualTo(TimestampSource.QUICKTIME_APPLE);
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2019-07-24T11:25:40"));
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(r.suggestedKind()).isEqualTo(EvidenceKind.VIDEO);
    }

    @Test
    void theMovieHeaderTimeIsUtc() throws IOException {
        Reading r = read("videos/mp4ff/main_1.mp4");
        assertThat(r.timestamp().source()).isEqualTo(TimestampSource.QUICKTIME);
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.UTC);
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2017-06-06T02:40:03"));
    }

    @Test
    void aZeroMovieHeaderTimeIsAPlaceholder() throws IOException {
        Reading r = read("videos/mp4ff/bbb_prog_10s.mp4");
        assertThat(r.timestamp()).isNull();
        assertThat(r.has(ImportProblem.PLACEHOLDER_DATE)).isTrue();
    }

    @Test
    void anAvchdCamcorderClipGetsItsRecordingDate() throws IOException {
        Reading r = read("videos/metadata-extractor-images/Sony ILCE-7M3 (A7M3).mts");
        assertThat(r.suggestedKind()).isEqualTo(EvidenceKind.VIDEO);
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2019-04-24T22:24:00"));
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aCutOffVideoIsDamaged() throws IOException {
        assertThat(read("malformed/synthetic/truncated-50pct_with-gps.mp4").has(ImportProblem.DAMAGED)).isTrue();
    }

    /** A PNG with only a header chunk: the declared size is all a decompression bomb needs. */
    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream body = new DataOutputStream(ihdr);
        body.writeInt(width);
        body.writeInt(height);
        body.write(new byte[] {8, 6, 0, 0, 0});
        chunk(data, "IHDR", ihdr.toByteArray());
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(typeBytes);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
