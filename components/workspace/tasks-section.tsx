// The secretariat's tasks with counts, each linking to where the work is done (lib/workspace/tasks/data.ts).
import NextLink from "next/link";
import { href, getTranslator } from "@/lib/i18n";
import { homeSections } from "@/lib/workspace/policy";
import { getTasks } from "@/lib/workspace/tasks/data";
import { HomeSection, type HomeSectionProps } from "./section";

export async function TasksSection({ lang, viewer, personId, now }: HomeSectionProps) {
  if (!homeSections(viewer, { hasPerson: personId !== null }).includes("tasks")) return null;
  const m = getTranslator(lang);
  const tasks = await getTasks(viewer, now);
  return (
    <HomeSection id="tasks" heading={m("workspace.tasks.heading")}>
      <ul className="grid grid-cols-1 gap-2" data-testid="tasks">
        {tasks.map((task) => (
          <li key={task.key} data-task={task.key} data-count={task.count} className="min-w-0">
            <NextLink href={href(lang, task.path)} className="ds-link flex items-baseline gap-3 [overflow-wrap:anywhere]">
              <span
                className={`inline-block min-w-10 shrink-0 rounded-full px-2 text-center font-semibold no-underline ${task.count > 0 ? "bg-accent-base-default text-accent-base-contrast-default" : "bg-neutral-background-tinted text-neutral-text-default"}`}
              >
                {task.count}
              </span>
              <span>{task.label(m)}</span>
            </NextLink>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
