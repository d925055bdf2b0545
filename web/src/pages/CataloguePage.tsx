import { Alert, Badge, Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, Switch, Table, TextInput, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText, must } from "../api/client";
import type { paths } from "../api/schema";
import { useLoad } from "../use-load";
import { MODULE_TAGS } from "../../../src/features/modules/tags";
import { SURVEY_REGIONS } from "../../../src/features/survey/regions";
import { Completeness, Loading, PARTICIPANT_LANGUAGES } from "./common";

type NewModule = paths["/api/modules"]["post"]["requestBody"]["content"]["application/json"];
type Region = NewModule["regions"][number];
type Tag = NewModule["tags"][number];
/** The survey's regions (typed from the API: a region renamed on the server fails this build). */
export const REGIONS: readonly Region[] = SURVEY_REGIONS;
/** The server's own list (what matching uses); typed against the API so that a tag the API refuses fails this build. */
const TAGS = MODULE_TAGS satisfies readonly Tag[];

/** Modules with their texts in the nine languages side by side; a new module; archive. */
export function CataloguePage() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const { data, error, loading, reload } = useLoad(() => must(api.GET("/api/modules", { params: { query: { includeArchived: showArchived } } })), [showArchived]);
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const archive = async (id: number) => {
    if (!window.confirm(t("catalogue.confirmArchive"))) return;
    const { error: refused } = await api.POST("/api/modules/{id}/archive", { params: { path: { id } } });
    // A refused archive (a module archived meanwhile, a lost session) is said, not swallowed.
    setProblem(refused ? errorText(refused) : null);
    reload();
  };
  return (
    <Stack>
      <Group>
        <Button onClick={() => setCreating((c) => !c)}>{creating ? t("common.close") : t("catalogue.new")}</Button>
        <Switch label={t("catalogue.showArchived")} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      </Group>
      {creating && (
        <ModuleForm
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
      {problem && (
        <Alert color="red" role="alert" title={t("common.error")} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      <Loading loading={loading} error={error} />
      {data && (
        <div className="table-scroll">
          <Table striped withTableBorder aria-label={t("nav.catalogue")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("catalogue.code")}</Table.Th>
                {PARTICIPANT_LANGUAGES.map((l) => (
                  <Table.Th scope="col" key={l} lang={l}>
                    {l.toUpperCase()}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t("catalogue.languagesDone")}</Table.Th>
                <Table.Th scope="col">{t("catalogue.capacity")}</Table.Th>
                <Table.Th scope="col">{t("catalogue.childcare")}</Table.Th>
                <Table.Th scope="col">{t("catalogue.regions")}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    {m.code} {m.archived && <Badge color="gray.8">{t("catalogue.archived")}</Badge>}
                  </Table.Td>
                  {PARTICIPANT_LANGUAGES.map((l) => (
                    <Table.Td key={l} lang={l} dir={l === "ar" || l === "fa" ? "rtl" : undefined}>
                      {m.title[l] ?? "—"}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Completeness texts={[m.title, m.description]} />
                  </Table.Td>
                  <Table.Td>{m.capacity}</Table.Td>
                  <Table.Td>{m.childcare ? t("common.yes") : t("common.no")}</Table.Td>
                  <Table.Td>{m.regions.length === 0 ? t("catalogue.allRegions") : m.regions.map((r) => t(`regions.${r}`, { defaultValue: r })).join(", ")}</Table.Td>
                  <Table.Td>
                    {!m.archived && (
                      <Button size="xs" variant="outline" color="red.9" onClick={() => void archive(m.id)} aria-label={`${t("catalogue.archive")} ${m.code}`}>
                        {t("catalogue.archive")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}

function ModuleForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const empty = () => Object.fromEntries(PARTICIPANT_LANGUAGES.map((l) => [l, ""])) as Record<string, string>;
  const [code, setCode] = useState("");
  const [title, setTitle] = useState(empty);
  const [description, setDescription] = useState(empty);
  const [capacity, setCapacity] = useState<number | string>(12);
  const [childcare, setChildcare] = useState(true);
  const [regions, setRegions] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>(["group"]);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const body: NewModule = {
      code,
      title: title as NewModule["title"],
      description: description as NewModule["description"],
      capacity: Number(capacity),
      childcare,
      regions: regions as Region[],
      tags: tags as Tag[],
      instructionLanguages: ["fi"],
    };
    const { error } = await api.POST("/api/modules", { body });
    if (error) return setProblem(errorText(error));
    onCreated();
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("catalogue.new")}>
      <Stack>
        <Title order={2} size="h4">
          {t("catalogue.new")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t("catalogue.code")} description={t("catalogue.codeHelp")} required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
          <NumberInput label={t("catalogue.capacity")} min={0} max={10000} required value={capacity} onChange={setCapacity} />
          <Checkbox mt="lg" label={t("catalogue.childcare")} checked={childcare} onChange={(e) => setChildcare(e.currentTarget.checked)} />
        </SimpleGrid>
        <Checkbox.Group label={t("catalogue.regions")} description={t("catalogue.regionsHelp")} value={regions} onChange={setRegions}>
          <Group mt="xs">
            {REGIONS.map((r) => (
              <Checkbox key={r} value={r} label={t(`regions.${r}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group label={t("catalogue.tags")} value={tags} onChange={setTags}>
          <Group mt="xs">
            {TAGS.map((tag) => (
              <Checkbox key={tag} value={tag} label={t(`tags.${tag}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {PARTICIPANT_LANGUAGES.map((l) => (
            <Stack key={l} gap={4}>
              <TextInput
                label={t("catalogue.titleIn", { language: t(`languages.${l}`) })}
                required
                lang={l}
                dir={l === "ar" || l === "fa" ? "rtl" : undefined}
                value={title[l]}
                onChange={(e) => setTitle({ ...title, [l]: e.currentTarget.value })}
              />
              <Textarea
                label={t("catalogue.descriptionIn", { language: t(`languages.${l}`) })}
                required
                lang={l}
                dir={l === "ar" || l === "fa" ? "rtl" : undefined}
                autosize
                minRows={2}
                value={description[l]}
                onChange={(e) => setDescription({ ...description, [l]: e.currentTarget.value })}
              />
            </Stack>
          ))}
        </SimpleGrid>
        <Completeness texts={[title, description]} />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit">{t("catalogue.save")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
