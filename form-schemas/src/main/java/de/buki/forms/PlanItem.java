package de.buki.forms;

/** One entry of a dialogue plan: a single question ({@link Step}) or a repeated group of them ({@link RepeatGroup}). */
public sealed interface PlanItem permits Step, RepeatGroup {
}
