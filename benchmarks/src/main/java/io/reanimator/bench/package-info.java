/**
 * Benchmark harnesses, one package per stage ({@code gateway}, {@code parser}, {@code deriver}, {@code sink},
 * {@code pipeline}). Each prints its own figures next to a baseline measured in the same run, because these
 * shared machines are too noisy for absolute numbers to mean much.
 */
package io.reanimator.bench;
