package org.gridsafe.casework;

/**
 * 停产停业 (and 撤离人员 where ordered): safety could not be assured while a major hazard is
 * rectified. The running rectification deadline is kept.
 *
 * @param scope whole or in part
 * @param evacuated whether people were withdrawn from the danger area
 * @param reason why safety could not be assured
 */
public record ProductionStopped(ProductionStopScope scope, boolean evacuated, String reason) implements CaseEvent {}
