/** The directories' values and rules (四库): departments, items, targets, inspectors, recusals. */
@NullMarked
package cn.suiji.directory.domain;

import org.jspecify.annotations.NullMarked;
