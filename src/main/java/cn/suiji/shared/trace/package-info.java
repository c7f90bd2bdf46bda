/**
 * Where long work spends its time, for the benchmarks: the services send each step's phases as
 * JDK Flight Recorder events ({@link cn.suiji.shared.trace.PhaseEvent}) and keep nothing; a
 * benchmark (or `jcmd PID JFR.start`, or JDK Mission Control on a clerk's PC) records them. An
 * event nobody records costs a check of a flag.
 */
@org.jspecify.annotations.NullMarked
package cn.suiji.shared.trace;
