/** Publication of results: the deadlines (20 working days) as pure records and rules. */
@NullMarked
package cn.suiji.publish.domain;

import org.jspecify.annotations.NullMarked;
