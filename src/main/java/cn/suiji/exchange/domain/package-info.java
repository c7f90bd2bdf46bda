/** The provincial exchange (issue 14): outbox entries, batches and receipts as values. */
@NullMarked
package cn.suiji.exchange.domain;

import org.jspecify.annotations.NullMarked;
