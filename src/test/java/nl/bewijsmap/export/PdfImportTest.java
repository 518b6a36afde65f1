package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import org.apache.pdfbox.util.Matrix;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An imported page is turned as a reader shows it: /Rotate turns it clockwise. */
class PdfImportTest {

    private static final float W = 595;
    private static final float H = 842;

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,   0,   842
            90,  842, 595
            180, 595, 0
            270, 0,   0
            """)
    void thePagesTopLeftCornerEndsWhereAClockwiseTurnPutsIt(int rotation, float x, float y) {
        Point2D.Float corner = new Point2D.Float(0, H);

        Point2D shown = PdfImport.rotationMatrix(rotation, W, H).transformPoint(corner.x, corner.y);

        assertThat((float) shown.getX()).isCloseTo(x, Offset.offset(0.01f));
        assertThat((float) shown.getY()).isCloseTo(y, Offset.offset(0.01f));
    }

    @Test
    void aTurnedPageFillsTheTurnedBoxExactly() {
        for (int rotation : new int[] {0, 90, 180, 270}) {
            Matrix matrix = PdfImport.rotationMatrix(rotation, W, H);
            boolean turned = rotation % 180 != 0;
            float shownW = turned ? H : W;
            float shownH = turned ? W : H;
            for (float[] corner : new float[][] {{0, 0}, {W, 0}, {0, H}, {W, H}}) {
                Point2D p = matrix.transformPoint(corner[0], corner[1]);
                assertThat((float) p.getX()).isBetween(-0.01f, shownW + 0.01f);
                assertThat((float) p.getY()).isBetween(-0.01f, shownH + 0.01f);
            }
        }
    }
}
