/** Message bundles: every visible string comes from here. */
@NullMarked
package cn.suiji.shared.l10n;

import org.jspecify.annotations.NullMarked;
