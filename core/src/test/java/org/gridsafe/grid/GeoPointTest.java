package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void longitudeComesFirst() {
        GeoPoint point = GeoPoint.of(116.3975, 39.9087);

        assertThat(point.longitude()).isEqualTo(116.3975);
        assertThat(point.latitude()).isEqualTo(39.9087);
        assertThat(new GeoPoint(-180, 90)).isEqualTo(GeoPoint.of(-180, 90));
    }

    @Test
    void coordinatesMustBeFiniteDegreesInRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(Double.NaN, 39))
                .withMessage("longitude must be a finite number of degrees; got NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(116, Double.POSITIVE_INFINITY))
                .withMessage("latitude must be a finite number of degrees; got Infinity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(180.5, 39))
                .withMessage("longitude must be between -180 and 180 degrees; got 180.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoPoint.of(39.9, 116.4))
                .withMessage("latitude must be between -90 and 90 degrees; got 116.4");
    }
}
