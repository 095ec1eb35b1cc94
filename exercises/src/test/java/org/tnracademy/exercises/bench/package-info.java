/**
 * JMH benchmarks of the graders. They are compiled by every build (so they cannot rot) but run only
 * with the {@code bench} profile: {@code ./mvnw -B -pl exercises -Pbench verify}, see
 * {@code docs/benchmarks.md}. No class here may be named {@code *Test}, or Surefire would pick it up.
 *
 * <p>Conventions, so that the figures of different graders can be read side by side:
 * <ul>
 *   <li>one class per grader, {@code <Grader>Benchmark}, single-threaded, {@code Mode.AverageTime} in
 *       milliseconds, sizes {@code @Param({"1000", "10000", "100000", "1000000"})} items;</li>
 *   <li>inputs are built once per trial by {@link org.tnracademy.exercises.bench.BenchData} from a
 *       fixed seed, the grader's result goes to the {@code Blackhole};</li>
 *   <li>fork and iteration counts stay small: the benchmarks run on shared two-core machines, the
 *       error bars say how far to trust a figure.</li>
 * </ul>
 */
package org.tnracademy.exercises.bench;
