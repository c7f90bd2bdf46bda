package cn.suiji.demo.service;

/** What {@link DemoService#create} wrote, for the message shown afterwards and for the audit log. */
public record DemoSummary(int departments, int items, int targets, int inspectors, int recusals, int plans, int tasks) {

  /** The counts as one line, e.g. {@code departments=6 items=82 targets=20000 …}. */
  public String counts() {
    return "departments=" + departments + " items=" + items + " targets=" + targets + " inspectors=" + inspectors
        + " recusals=" + recusals + " plans=" + plans + " tasks=" + tasks;
  }
}
