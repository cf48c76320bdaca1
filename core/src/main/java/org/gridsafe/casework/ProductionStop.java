package org.gridsafe.casework;

import java.time.Instant;

/**
 * A major hazard's stopped production, on the case from the stop until the hazard is written off.
 *
 * @param scope whole or in part
 * @param evacuated whether people were withdrawn from the danger area (撤离人员)
 * @param reason why safety could not be assured
 * @param since when production was stopped
 */
public record ProductionStop(ProductionStopScope scope, boolean evacuated, String reason, Instant since) {}
