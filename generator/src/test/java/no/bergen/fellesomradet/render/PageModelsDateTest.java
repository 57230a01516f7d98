package no.bergen.fellesomradet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

/** The pages' dates read as the JDK writes them in Norwegian bokmål, without its locale data at build time. */
class PageModelsDateTest {

    @Test
    void everyMonthAndDayAsTheJdkWritesThemInBokmal() {
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("d. MMMM yyyy", PageModels.NB);
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            assertEquals(jdk.format(d), PageModels.date(d));
        }
        assertEquals("6. desember 2026", PageModels.date(LocalDate.of(2026, 12, 6)));
        assertEquals(jdk.format(LocalDate.of(987, 5, 17)), PageModels.date(LocalDate.of(987, 5, 17)));
    }
}
