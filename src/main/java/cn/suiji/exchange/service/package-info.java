/** The provincial exchange (issue 14): the outbox, packaging, receipts and uploads. */
@NullMarked
package cn.suiji.exchange.service;

import org.jspecify.annotations.NullMarked;
