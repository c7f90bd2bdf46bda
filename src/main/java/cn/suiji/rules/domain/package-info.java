/** The working rules (工作细则) as values and their pure checks: the fixed floors, the ranges, the lengths. */
@NullMarked
package cn.suiji.rules.domain;

import org.jspecify.annotations.NullMarked;
