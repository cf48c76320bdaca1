package org.gridsafe.registry;

import java.util.List;
import java.util.Optional;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GridCode;

/**
 * What a registrant states about a supervised entity: a {@link ProductionUnit} or a {@link Place}.
 * Status, grid assignment, assessments and version are the registry's ({@link SupervisedEntity}).
 */
public sealed interface EntityProfile permits ProductionUnit, Place {

    /** The entity's kind. */
    EntityKind entityKind();

    /** Its name (单位名称 or 场所名称). */
    String name();

    /** Its credit code, absent for places without an operator's code and for unregistered operators. */
    Optional<UnifiedSocialCreditCode> creditCode();

    /** Where it is. */
    Address address();

    /** A grid assigned by hand, which wins over the point. */
    Optional<GridCode> assignedGrid();

    /** The ids of its supervision sectors (catalog data, checked against the sector catalog). */
    List<String> sectors();

    /** Its licences. */
    List<Licence> licences();

    /** Its supervision class under a scheme, if classed. */
    Optional<SupervisionClass> supervisionClass();

    /** Its industry and comprehensive supervisors. */
    SupervisionLinks links();

    /** The unit that operates it: itself for a unit, the operator (if any) for a place. */
    Optional<EntityId> operator();
}
