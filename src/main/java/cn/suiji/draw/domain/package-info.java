/**
 * The verifiable random draw (随机抽取) of shared/DRAW-SPEC.md, as pure functions: inputs in,
 * outcome out, no I/O, no clock, no threads. Everything here must stay byte for byte with the
 * spec, because any third party holding a draw record recomputes it with its own program.
 */
@org.jspecify.annotations.NullMarked
package cn.suiji.draw.domain;
