package org.gridsafe.spring.boot.example;

import java.util.List;
import java.util.Set;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.spring.boot.InitialDistrict;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An example host: a Spring Boot application of a district of its own (江滨示范区, one street, two
 * communities, fire and production-safety hazards). Everything else comes from the starter and
 * {@code application.yml}: the storage on Spring's DataSource, the schedules, the health indicator.
 */
@SpringBootApplication
public class RiversideApplication {

    public static final GridCode DISTRICT = GridCode.parse("330199");
    public static final GridCode STREET = GridCode.parse("330199001");
    public static final GridCode WILLOW_COMMUNITY = GridCode.parse("330199001001");
    public static final GridCode HARBOUR_COMMUNITY = GridCode.parse("330199001002");
    public static final DepartmentId FIRE = DepartmentId.of("riverside-fire");
    public static final DepartmentId EMERGENCY = DepartmentId.of("riverside-emergency");

    public static void main(String[] args) {
        SpringApplication.run(RiversideApplication.class, args);
    }

    /** The district stored on the first start; its calendar comes from {@code gridsafe.calendar}. */
    @Bean
    public InitialDistrict riversideDistrict() {
        return () -> new InMemoryGridDirectory(
                GridTree.of(List.of(
                        Grid.builder().code(DISTRICT).name("江滨示范区").build(),
                        Grid.builder().code(STREET).name("江滨街道").build(),
                        Grid.builder().code(WILLOW_COMMUNITY).name("柳岸社区").build(),
                        Grid.builder().code(HARBOUR_COMMUNITY).name("港湾社区").build())),
                DutyMatrix.builder()
                        .department(
                                new Department(FIRE, "江滨消防救援站", "Riverside fire station", Set.of(SafetyDomain.FIRE)))
                        .department(new Department(
                                EMERGENCY,
                                "江滨街道应急管理办公室",
                                "Riverside emergency management office",
                                Set.of(SafetyDomain.PRODUCTION)))
                        .rule(DutyRule.of(SafetyDomain.FIRE, FIRE))
                        .rule(DutyRule.of(SafetyDomain.PRODUCTION, EMERGENCY))
                        .build(),
                TimeLimits.defaults(),
                WorkCalendar.chinaMainland2026());
    }
}
