/** The provincial exchange (issue 14): the outbox tables, read and written in the caller's transaction. */
@NullMarked
package cn.suiji.exchange.data;

import org.jspecify.annotations.NullMarked;
