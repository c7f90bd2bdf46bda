package cn.suiji.inspection.render;

import cn.suiji.inspection.domain.TemplateKind;
import java.util.Optional;

/** Where the county's own templates come from (the inspection feature's template table); empty: print with the default. */
@FunctionalInterface
public interface TemplateSource {
  /** No county templates: every document prints with the default template. */
  TemplateSource DEFAULTS = kind -> Optional.empty();

  Optional<byte[]> county(TemplateKind kind);
}
