/** UI services every screen shares: dialogs, view loading, style classes, fonts. */
@NullMarked
package cn.suiji.shared.ui;

import org.jspecify.annotations.NullMarked;
