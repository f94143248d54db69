/**
 * The renewal rules: when a residence card holder may apply, when the counter is actually open,
 * and what the last on-time day is. Pure functions of their arguments: no I/O and no clock reads,
 * so "today" is always a parameter. Every rule cites its line in {@code shared/FACTS.md}.
 */
package dev.zairyu.bot.renewal;
