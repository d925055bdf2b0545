import { Alert, Badge, Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Switch, Table, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText, must } from "../api/client";
import type { paths } from "../api/schema";
import { useLoad } from "../use-load";
import { REGIONS } from "./CataloguePage";
import { Loading, PARTICIPANT_LANGUAGES } from "./common";
import type { Partner } from "./plan-common";

type NewPartner = paths["/api/partners"]["post"]["requestBody"]["content"]["application/json"];
type Region = NonNullable<NewPartner["region"]>;

/** The server's pattern for a language code (ISO 639-1 or -3). */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * The partner organisations counsellors refer participants to, per region (coordinators and
 * admins): name, what they do, the languages they serve in, contact; add, edit, archive.
 * An archived partner stays on the referrals made to it but is out of new ones.
 */
export function PartnersPage() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const [region, setRegion] = useState("");
  const { data, error, loading, reload } = useLoad(
    () => must(api.GET("/api/partners", { params: { query: { archived: showArchived, ...(region ? { region: region as Region } : {}) } } })),
    [showArchived, region],
  );
  const [editing, setEditing] = useState<Partner | "new" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const archive = async (p: Partner, archived: boolean) => {
    if (archived && !window.confirm(t("partners.confirmArchive"))) return;
    const { error } = await api.PATCH("/api/partners/{id}", { params: { path: { id: p.id } }, body: { archived } });
    setProblem(error ? errorText(error) : null);
    reload();
  };
  // Every region's own partners under its heading; those serving every region first.
  const groups: (Region | null)[] = [null, ...REGIONS];
  const items = data?.items ?? [];
  return (
    <Stack>
      <Group align="flex-end">
        <Button onClick={() => setEditing(editing === "new" ? null : "new")}>{editing === "new" ? t("common.close") : t("partners.new")}</Button>
        <NativeSelect
          label={t("partners.filter")}
          value={region}
          onChange={(e) => setRegion(e.currentTarget.value)}
          data={[{ value: "", label: t("partners.everyRegionShown") }, ...REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))]}
        />
        <Switch label={t("partners.showArchived")} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      </Group>
      {editing && (
        <PartnerForm
          key={editing === "new" ? "new" : editing.id}
          partner={editing === "new" ? null : editing}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Loading loading={loading} error={error} />
      {data && items.length === 0 && <Text>{t("partners.empty")}</Text>}
      {groups.map((g) => {
        const here = items.filter((p) => p.region === g);
        if (here.length === 0) return null;
        const heading = g === null ? t("partners.allRegions") : t(`regions.${g}`, { defaultValue: g });
        return (
          <section key={g ?? "all"} aria-label={heading}>
            <Title order={2} size="h4" mb="xs">
              {heading}
            </Title>
            <div className="table-scroll">
              <Table withTableBorder striped aria-label={heading}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("partners.name")}</Table.Th>
                    <Table.Th scope="col">{t("partners.description")}</Table.Th>
                    <Table.Th scope="col">{t("partners.languages")}</Table.Th>
                    <Table.Th scope="col">{t("partners.contact")}</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t("common.actions")}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {here.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        {p.name} {p.archived && <Badge color="gray.8">{t("partners.archived")}</Badge>}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-wrap" }}>{p.description}</Table.Td>
                      <Table.Td>{p.languages.map((l) => t(`languages.${l}`, { defaultValue: l })).join(", ") || "—"}</Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-wrap" }}>{p.contact}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="outline" aria-label={`${t("partners.edit")}: ${p.name}`} onClick={() => setEditing(p)}>
                            {t("partners.edit")}
                          </Button>
                          <Button
                            size="xs"
                            variant="outline"
                            color={p.archived ? undefined : "red.9"}
                            aria-label={`${p.archived ? t("partners.restore") : t("partners.archive")}: ${p.name}`}
                            onClick={() => void archive(p, !p.archived)}
                          >
                            {p.archived ? t("partners.restore") : t("partners.archive")}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </section>
        );
      })}
    </Stack>
  );
}

function PartnerForm({ partner, onSaved, onCancel }: { partner: Partner | null; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const known = (l: string) => (PARTICIPANT_LANGUAGES as readonly string[]).includes(l);
  const [name, setName] = useState(partner?.name ?? "");
  const [region, setRegion] = useState(partner?.region ?? "");
  const [description, setDescription] = useState(partner?.description ?? "");
  const [languages, setLanguages] = useState<string[]>(partner?.languages.filter(known) ?? ["fi"]);
  const [others, setOthers] = useState(partner?.languages.filter((l) => !known(l)).join(", ") ?? "");
  const [contact, setContact] = useState(partner?.contact ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const title = partner ? t("partners.editing", { name: partner.name }) : t("partners.new");
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const extra = others
      .split(/[\s,]+/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    if (extra.some((l) => !LANGUAGE_CODE.test(l))) return setProblem(t("partners.badLanguages"));
    const body: NewPartner = { name: name.trim(), region: (region || null) as NewPartner["region"], description: description.trim(), languages: [...new Set([...languages, ...extra])], contact: contact.trim() };
    const { error } = partner ? await api.PATCH("/api/partners/{id}", { params: { path: { id: partner.id } }, body }) : await api.POST("/api/partners", { body });
    if (error) return setProblem(errorText(error));
    onSaved();
  };
  return (
    <Card withBorder>
      <form onSubmit={(e) => void submit(e)} aria-label={title}>
        <Stack>
          <Title order={2} size="h4">
            {title}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("partners.name")} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <NativeSelect
              label={t("partners.region")}
              value={region}
              onChange={(e) => setRegion(e.currentTarget.value)}
              data={[{ value: "", label: t("partners.allRegions") }, ...REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))]}
            />
          </SimpleGrid>
          <Textarea label={t("partners.description")} required maxLength={2000} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <Checkbox.Group label={t("partners.languages")} value={languages} onChange={setLanguages}>
            <Group mt="xs">
              {PARTICIPANT_LANGUAGES.map((l) => (
                <Checkbox key={l} value={l} label={t(`languages.${l}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput label={t("partners.otherLanguages")} description={t("partners.otherLanguagesHelp")} value={others} onChange={(e) => setOthers(e.currentTarget.value)} />
          <Textarea label={t("partners.contact")} description={t("partners.contactHelp")} required maxLength={500} autosize minRows={2} value={contact} onChange={(e) => setContact(e.currentTarget.value)} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit">{t("partners.save")}</Button>
            <Button variant="default" onClick={onCancel}>
              {t("plan.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
