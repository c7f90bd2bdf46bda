/** The provincial exchange (issue 14): the exchange package (ZIP), receipts as JSON and the HTTP client. */
@NullMarked
package cn.suiji.exchange.remote;

import org.jspecify.annotations.NullMarked;
