import { Alert, Badge, Button, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useNavigate, useParams } from "react-router";
import { api, errorText, must } from "../api/client";
import type { paths } from "../api/schema";
import { formatDate, formatDateTime } from "../time";
import { useLoad } from "../use-load";
import { Loading } from "./common";
import { dirOf, LanguageSelect, writingLanguage, type ParticipantLanguage, type Partner } from "./plan-common";
import { ReferralsSection } from "./PlanReferrals";

type Basis = paths["/api/participants/{id}/plan-basis"]["get"]["responses"][200]["content"]["application/json"];
type Plan = paths["/api/participants/{id}/plan"]["get"]["responses"][200]["content"]["application/json"];
type Goal = Plan["goals"][number];
type Step = Plan["steps"][number];
type HistoryItem = paths["/api/participants/{id}/plan/history"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
type NewStep = paths["/api/participants/{id}/plan/steps"]["post"]["requestBody"]["content"]["application/json"];
type StepPatch = paths["/api/plan-steps/{id}"]["patch"]["requestBody"]["content"]["application/json"];
type GoalBody = paths["/api/participants/{id}/plan/goals"]["post"]["requestBody"]["content"]["application/json"];
type CatalogueStep = paths["/api/plan-step-catalogue"]["get"]["responses"][200]["content"]["application/json"]["items"][number];

const GOAL_STATUSES = ["open", "reached", "dropped"] as const;
const STEP_STATUSES = ["open", "done", "cannot"] as const;
const ASSIGNEES = ["participant", "counsellor", "partner"] as const;

/** A due day (YYYY-MM-DD) as the staff member's locale writes it (noon UTC: the same day in Helsinki). */
const formatDay = (day: string, lang: string) => formatDate(`${day}T12:00:00Z`, lang);

/**
 * The integration plan (kotoutumissuunnitelma) with a participant, for counsellors and
 * admins: open a participant by number (or from the inbox's Plan link), draft the plan from
 * the survey's goals, goals and steps, referrals to partner organisations, and the history.
 */
export function PlanPage() {
  return (
    <Routes>
      <Route index element={<FindParticipant />} />
      <Route path=":id" element={<ParticipantPlan />} />
    </Routes>
  );
}

function FindParticipant() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [number, setNumber] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      aria-label={t("plan.find")}
      onSubmit={(e) => {
        e.preventDefault();
        const digits = number.trim().replace(/^#/, "");
        if (!/^[1-9]\d{0,8}$/.test(digits)) return setProblem(t("plan.badNumber"));
        void navigate(`/plan/${digits}`);
      }}
    >
      <Stack maw={420}>
        <Title order={2} size="h4">
          {t("plan.find")}
        </Title>
        <TextInput label={t("plan.number")} description={t("plan.numberHelp")} inputMode="numeric" value={number} onChange={(e) => setNumber(e.currentTarget.value)} required />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit">{t("plan.open")}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Labels of goals and steps in the staff member's language, shared by the sections and the history. */
function useLabels(catalogue: CatalogueStep[] | undefined, partners: Partner[] | undefined) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ownWords = (text: string | null, locale: string | null) => `${text ?? ""} (${t("plan.ownWords", { language: t(`languages.${locale ?? "fi"}`, { defaultValue: locale ?? "?" }) })})`;
  const goalTitle = (g: Pick<Goal, "title" | "text" | "textLocale">) => (g.title ? g.title[lang] || g.title.fi || "" : ownWords(g.text, g.textLocale));
  const catalogueTitle = (key: string) => {
    const title = catalogue?.find((c) => c.key === key)?.title;
    return title ? title[lang] || title.fi || key : key;
  };
  const stepTitle = (s: Pick<Step, "title" | "text" | "textLocale" | "catalogueKey">) =>
    s.title ? s.title[lang] || s.title.fi || "" : s.catalogueKey ? catalogueTitle(s.catalogueKey) : ownWords(s.text, s.textLocale);
  const partnerName = (id: number | null | undefined) => (id == null ? "—" : (partners?.find((p) => p.id === id)?.name ?? `#${id}`));
  const who = (s: Pick<Step, "assignee" | "partnerId">) => (s.assignee === "partner" ? partnerName(s.partnerId) : t(`plan.assignee.${s.assignee}`));
  return { goalTitle, stepTitle, catalogueTitle, partnerName, who };
}
type Labels = ReturnType<typeof useLabels>;

function ParticipantPlan() {
  const { t } = useTranslation();
  const raw = useParams().id ?? "";
  const id = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
  // A number that cannot be one is answered here, without asking the server.
  const basis = useLoad(async () => {
    if (id === null) return null;
    const { data, error, response } = await api.GET("/api/participants/{id}/plan-basis", { params: { path: { id } } });
    if (response.status === 404) return null;
    if (error !== undefined || !data) throw new Error(errorText(error, response.status));
    return data;
  }, [id]);
  return (
    <Stack>
      <Link to="/plan">← {t("plan.back")}</Link>
      <Loading loading={basis.loading && !basis.data} error={basis.error} />
      {basis.data === null && !basis.loading && (
        <Alert color="red" role="alert">
          {id === null ? t("plan.badNumber") : t("plan.unknown", { number: id })}
        </Alert>
      )}
      {basis.data && <PlanOf basis={basis.data} reloadBasis={basis.reload} />}
    </Stack>
  );
}

function PlanOf({ basis, reloadBasis }: { basis: Basis; reloadBasis: () => void }) {
  const { t, i18n } = useTranslation();
  const id = basis.participantId;
  const catalogue = useLoad(() => must(api.GET("/api/plan-step-catalogue")), []);
  // Archived partners too: steps and referrals made earlier still name them.
  const partners = useLoad(() => must(api.GET("/api/partners", { params: { query: { archived: true } } })), []);
  const plan = useLoad(async () => (basis.hasPlan ? must(api.GET("/api/participants/{id}/plan", { params: { path: { id } } })) : null), [id, basis.hasPlan]);
  const history = useLoad(async () => (basis.hasPlan ? must(api.GET("/api/participants/{id}/plan/history", { params: { path: { id } } })) : null), [id, basis.hasPlan]);
  const labels = useLabels(catalogue.data?.items, partners.data?.items);
  const [problem, setProblem] = useState<string | null>(null);
  const region = basis.region;
  // For new steps and referrals: the participant's region's partners and those serving every region.
  const choosable = (partners.data?.items ?? []).filter((p) => !p.archived && (p.region === null || region === null || p.region === region));
  const changed = () => {
    plan.reload();
    history.reload();
  };
  /** Runs a change; a refusal is shown with the server's reason, nothing else changes. */
  // A second press while the draft is on its way would be refused ("already has a plan") over the plan it made.
  // (A ref as well as the state: two clicks of one double click come before a re-render.)
  const [drafting, setDrafting] = useState(false);
  const draftingNow = useRef(false);
  const draft = async () => {
    if (draftingNow.current) return;
    draftingNow.current = true;
    setDrafting(true);
    const ok = await act(api.POST("/api/participants/{id}/plan", { params: { path: { id } } })).finally(() => {
      draftingNow.current = false;
      setDrafting(false);
    });
    if (ok) reloadBasis();
  };
  const act = async (call: Promise<{ error?: unknown }>) => {
    const { error } = await call;
    setProblem(error ? errorText(error) : null);
    changed();
    return !error;
  };
  const language = basis.locale ? t(`languages.${basis.locale}`, { defaultValue: basis.locale }) : null;
  return (
    <>
      <Title order={2} size="h3">
        {t("plan.heading", { number: id })}
      </Title>
      <Text>
        {language ? t("plan.speaks", { language }) : t("plan.noLanguage")}
        {region ? ` · ${t("plan.regionIs", { region: t(`regions.${region}`, { defaultValue: region }) })}` : ""}
      </Text>
      {!basis.consented && (
        <Alert color="yellow" role="status">
          {t("plan.noConsent")}
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert" title={t("plan.notSaved")} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      {!basis.hasPlan && basis.consented && (
        <Card withBorder component="section" aria-labelledby="survey-goals">
          <Title order={3} size="h4" mb="xs" id="survey-goals">
            {t("plan.fromSurvey")}
          </Title>
          {basis.surveyGoals.length === 0 ? (
            <Text size="sm">{t("plan.noSurveyGoals")}</Text>
          ) : (
            <ul>
              {basis.surveyGoals.map((g) => (
                <li key={g.goal}>{g.title[i18n.language] || g.title.fi}</li>
              ))}
            </ul>
          )}
          <Text size="sm" mb="sm">
            {t("plan.draftHelp")}
          </Text>
          <Group>
            <Button loading={drafting} onClick={() => void draft()}>
              {t("plan.draft")}
            </Button>
          </Group>
        </Card>
      )}
      <Loading loading={plan.loading && !plan.data} error={plan.error ?? catalogue.error ?? partners.error} />
      {plan.data && (
        <>
          <GoalsSection basis={basis} plan={plan.data} labels={labels} act={act} />
          <StepsSection participantLocale={basis.locale} plan={plan.data} catalogue={catalogue.data?.items ?? []} partners={choosable} labels={labels} act={act} id={id} />
        </>
      )}
      {basis.consented || basis.hasPlan ? <ReferralsSection participantId={id} participantLocale={basis.locale} partners={partners.data?.items ?? []} choosable={choosable} /> : null}
      {history.data && plan.data && <HistorySection items={history.data.items} plan={plan.data} labels={labels} />}
    </>
  );
}

function GoalsSection({ basis, plan, labels, act }: { basis: Basis; plan: Plan; labels: Labels; act: (call: Promise<{ error?: unknown }>) => Promise<boolean> }) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState("");
  const [text, setText] = useState("");
  const [textLocale, setTextLocale] = useState<ParticipantLanguage>(writingLanguage(i18n.language));
  const inSurvey = new Set(basis.surveyGoals.map((g) => g.goal));
  const inPlan = new Set(plan.goals.map((g) => g.goal));
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = (choice === "own" ? { text, textLocale } : { goal: choice }) as GoalBody;
    if (await act(api.POST("/api/participants/{id}/plan/goals", { params: { path: { id: basis.participantId } }, body }))) {
      setChoice("");
      setText("");
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="plan-goals">
      <Title order={3} size="h4" mb="xs" id="plan-goals">
        {t("plan.goals")}
      </Title>
      {plan.goals.length === 0 ? (
        <Text size="sm">{t("plan.noGoals")}</Text>
      ) : (
        <div className="table-scroll">
          <Table withTableBorder striped aria-label={t("plan.goals")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("plan.goal")}</Table.Th>
                <Table.Th scope="col">{t("plan.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.goals.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td>
                    {labels.goalTitle(g)}{" "}
                    {g.goal && inSurvey.has(g.goal) && (
                      <Badge variant="outline" color="indigo.9" size="sm">
                        {t("plan.surveyGoal")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      miw={120}
                      aria-label={t("plan.statusOf", { item: labels.goalTitle(g) })}
                      value={g.status}
                      onChange={(e) => void act(api.PATCH("/api/plan-goals/{id}", { params: { path: { id: g.id } }, body: { status: e.currentTarget.value as Goal["status"] } }))}
                      data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`plan.goalStatus.${s}`) }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <form onSubmit={(e) => void add(e)} aria-label={t("plan.addGoal")}>
        <Stack gap="xs" mt="md">
          <Title order={4} size="h5">
            {t("plan.addGoal")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("plan.goalChoice")}
              required
              value={choice}
              onChange={(e) => setChoice(e.currentTarget.value)}
              data={[
                { value: "", label: t("plan.chooseGoal") },
                ...basis.goalChoices.filter((g) => !inPlan.has(g.goal)).map((g) => ({ value: g.goal, label: g.title[i18n.language] || g.title.fi || g.goal })),
                { value: "own", label: t("plan.ownGoal") },
              ]}
            />
            {choice === "own" && (
              <>
                <TextInput label={t("plan.goalText")} required maxLength={500} value={text} onChange={(e) => setText(e.currentTarget.value)} lang={textLocale} dir={dirOf(textLocale)} />
                <LanguageSelect value={textLocale} onChange={setTextLocale} />
              </>
            )}
          </SimpleGrid>
          <Group>
            <Button type="submit">{t("plan.addGoal")}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function StepsSection({
  id,
  participantLocale,
  plan,
  catalogue,
  partners,
  labels,
  act,
}: {
  id: number;
  participantLocale: string | null;
  plan: Plan;
  catalogue: CatalogueStep[];
  partners: Partner[];
  labels: Labels;
  act: (call: Promise<{ error?: unknown }>) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [editing, setEditing] = useState<number | null>(null);
  const step = plan.steps.find((s) => s.id === editing);
  return (
    <Card withBorder component="section" aria-labelledby="plan-steps">
      <Title order={3} size="h4" mb="xs" id="plan-steps">
        {t("plan.steps")}
      </Title>
      {plan.steps.length === 0 ? (
        <Text size="sm">{t("plan.noSteps")}</Text>
      ) : (
        <div className="table-scroll">
          <Table withTableBorder striped aria-label={t("plan.steps")} miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("plan.step")}</Table.Th>
                <Table.Th scope="col">{t("plan.who")}</Table.Th>
                <Table.Th scope="col">{t("plan.due")}</Table.Th>
                <Table.Th scope="col">{t("plan.status")}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.steps.map((s) => {
                const title = labels.stepTitle(s);
                const goal = plan.goals.find((g) => g.id === s.goalId);
                const seen = s.title && participantLocale ? s.title[participantLocale] : null;
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text>{title}</Text>
                      {seen && seen !== title && (
                        <Text size="sm">
                          {t("plan.participantSees")}{" "}
                          <span lang={participantLocale ?? undefined} dir={dirOf(participantLocale)}>
                            {seen}
                          </span>
                        </Text>
                      )}
                      {goal && <Text size="sm">{t("plan.forGoalIs", { goal: labels.goalTitle(goal) })}</Text>}
                    </Table.Td>
                    <Table.Td>{labels.who(s)}</Table.Td>
                    <Table.Td>
                      {s.dueDate ? formatDay(s.dueDate, lang) : t("plan.noDue")}
                      {s.nudge.status === "sent" && s.nudge.at && <Text size="sm">{t("plan.reminderSent", { time: formatDateTime(s.nudge.at, lang) })}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        size="xs"
                        miw={120}
                        aria-label={t("plan.statusOf", { item: title })}
                        value={s.status}
                        onChange={(e) => void act(api.PATCH("/api/plan-steps/{id}", { params: { path: { id: s.id } }, body: { status: e.currentTarget.value as Step["status"] } }))}
                        data={STEP_STATUSES.map((v) => ({ value: v, label: t(`plan.stepStatus.${v}`) }))}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="outline" aria-label={`${t("plan.change")}: ${title}`} onClick={() => setEditing(editing === s.id ? null : s.id)}>
                        {t("plan.change")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {step && (
        <ChangeStep
          key={step.id}
          step={step}
          title={labels.stepTitle(step)}
          plan={plan}
          partners={partners}
          labels={labels}
          onDone={() => setEditing(null)}
          save={(patch) => act(api.PATCH("/api/plan-steps/{id}", { params: { path: { id: step.id } }, body: patch }))}
        />
      )}
      <AddStep id={id} participantLocale={participantLocale} plan={plan} catalogue={catalogue} partners={partners} labels={labels} act={act} />
    </Card>
  );
}

/** Who does a step, and which partner organisation when a partner does. */
function WhoFields({ assignee, setAssignee, partnerId, setPartnerId, partners }: { assignee: Step["assignee"]; setAssignee: (a: Step["assignee"]) => void; partnerId: string; setPartnerId: (p: string) => void; partners: Partner[] }) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect label={t("plan.who")} value={assignee} onChange={(e) => setAssignee(e.currentTarget.value as Step["assignee"])} data={ASSIGNEES.map((a) => ({ value: a, label: t(`plan.assignee.${a}`) }))} />
      {assignee === "partner" && (
        <NativeSelect
          label={t("plan.partner")}
          description={partners.length === 0 ? t("plan.noPartners") : undefined}
          required
          value={partnerId}
          onChange={(e) => setPartnerId(e.currentTarget.value)}
          data={[{ value: "", label: t("plan.choosePartner") }, ...partners.map((p) => ({ value: String(p.id), label: p.name }))]}
        />
      )}
    </>
  );
}

function GoalField({ plan, labels, value, onChange }: { plan: Plan; labels: Labels; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t("plan.forGoal")}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: "", label: t("plan.noGoal") }, ...plan.goals.filter((g) => g.status !== "dropped" || String(g.id) === value).map((g) => ({ value: String(g.id), label: labels.goalTitle(g) }))]}
    />
  );
}

function AddStep({ id, participantLocale, plan, catalogue, partners, labels, act }: { id: number; participantLocale: string | null; plan: Plan; catalogue: CatalogueStep[]; partners: Partner[]; labels: Labels; act: (call: Promise<{ error?: unknown }>) => Promise<boolean> }) {
  const { t, i18n } = useTranslation();
  const [source, setSource] = useState<"catalogue" | "own">("catalogue");
  const [catalogueKey, setCatalogueKey] = useState("");
  const [text, setText] = useState("");
  const [textLocale, setTextLocale] = useState<ParticipantLanguage>(writingLanguage(i18n.language));
  const [assignee, setAssignee] = useState<Step["assignee"]>("participant");
  const [partnerId, setPartnerId] = useState("");
  const [goalId, setGoalId] = useState("");
  const [dueDate, setDueDate] = useState("");
  const preview = catalogue.find((c) => c.key === catalogueKey)?.title[participantLocale ?? ""];
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body: NewStep = {
      ...(source === "catalogue" ? { catalogueKey: catalogueKey as NewStep["catalogueKey"] } : { text, textLocale }),
      assignee,
      ...(assignee === "partner" ? { partnerId: Number(partnerId) } : {}),
      ...(goalId ? { goalId: Number(goalId) } : {}),
      ...(dueDate ? { dueDate } : {}),
    };
    if (await act(api.POST("/api/participants/{id}/plan/steps", { params: { path: { id } }, body }))) {
      setCatalogueKey("");
      setText("");
      setDueDate("");
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("plan.addStep")}>
      <Stack gap="xs" mt="md">
        <Title order={4} size="h5">
          {t("plan.addStep")}
        </Title>
        <SegmentedControl
          aria-label={t("plan.source")}
          value={source}
          onChange={(v) => setSource(v as "catalogue" | "own")}
          data={[
            { value: "catalogue", label: t("plan.fromCatalogue") },
            { value: "own", label: t("plan.ownStep") },
          ]}
          maw={420}
        />
        {source === "catalogue" ? (
          <>
            <NativeSelect
              label={t("plan.step")}
              required
              value={catalogueKey}
              onChange={(e) => setCatalogueKey(e.currentTarget.value)}
              data={[{ value: "", label: t("plan.chooseStep") }, ...catalogue.map((c) => ({ value: c.key, label: labels.catalogueTitle(c.key) }))]}
            />
            {preview && participantLocale && (
              <Text size="sm">
                {t("plan.participantSees")}{" "}
                <span lang={participantLocale} dir={dirOf(participantLocale)}>
                  {preview}
                </span>
              </Text>
            )}
          </>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label={t("plan.stepText")} required maxLength={500} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} lang={textLocale} dir={dirOf(textLocale)} />
            <LanguageSelect value={textLocale} onChange={setTextLocale} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <WhoFields assignee={assignee} setAssignee={setAssignee} partnerId={partnerId} setPartnerId={setPartnerId} partners={partners} />
          <GoalField plan={plan} labels={labels} value={goalId} onChange={setGoalId} />
          <TextInput type="date" label={t("plan.due")} description={t("plan.dueHelp")} value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
        </SimpleGrid>
        <Group>
          <Button type="submit">{t("plan.addStep")}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangeStep({ step, title, plan, partners, labels, onDone, save }: { step: Step; title: string; plan: Plan; partners: Partner[]; labels: Labels; onDone: () => void; save: (patch: StepPatch) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [dueDate, setDueDate] = useState(step.dueDate ?? "");
  const [assignee, setAssignee] = useState(step.assignee);
  const [partnerId, setPartnerId] = useState(step.partnerId ? String(step.partnerId) : "");
  const [goalId, setGoalId] = useState(step.goalId ? String(step.goalId) : "");
  // The partner of this step stays choosable even if it is archived or of another region now.
  const options = step.partnerId && !partners.some((p) => p.id === step.partnerId) ? [{ id: step.partnerId, name: labels.partnerName(step.partnerId) } as Partner, ...partners] : partners;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const patch: StepPatch = {};
    if ((step.dueDate ?? "") !== dueDate) patch.dueDate = dueDate || null;
    if (step.assignee !== assignee) patch.assignee = assignee;
    const partner = assignee === "partner" ? Number(partnerId) || null : null;
    if (partner !== step.partnerId) patch.partnerId = partner;
    if ((step.goalId ?? null) !== (Number(goalId) || null)) patch.goalId = Number(goalId) || null;
    if (Object.keys(patch).length === 0 || (await save(patch))) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={`${t("plan.changeStep")}: ${title}`}>
      <Stack gap="xs" mt="md">
        <Title order={4} size="h5">
          {t("plan.changeStep")}: {title}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <WhoFields assignee={assignee} setAssignee={setAssignee} partnerId={partnerId} setPartnerId={setPartnerId} partners={options} />
          <GoalField plan={plan} labels={labels} value={goalId} onChange={setGoalId} />
          <TextInput type="date" label={t("plan.due")} description={t("plan.dueHelp")} value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
        </SimpleGrid>
        <Group>
          <Button type="submit">{t("plan.save")}</Button>
          <Button variant="default" onClick={onDone}>
            {t("plan.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HistorySection({ items, plan, labels }: { items: HistoryItem[]; plan: Plan; labels: Labels }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const goalById = (id: unknown) => plan.goals.find((g) => g.id === id);
  const stepById = (id: unknown) => plan.steps.find((s) => s.id === id);
  const goalName = (id: unknown) => {
    const goal = goalById(id);
    return goal ? labels.goalTitle(goal) : `#${String(id)}`;
  };
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (field === "status") return t(`plan.stepStatus.${String(v)}`, { defaultValue: String(v) });
    if (field === "assignee") return t(`plan.assignee.${String(v)}`, { defaultValue: String(v) });
    if (field === "dueDate") return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(v, lang) : String(v);
    if (field === "partnerId") return labels.partnerName(Number(v));
    if (field === "goalId") return goalName(v);
    return String(v);
  };
  const describe = (item: HistoryItem): string => {
    const d = (item.details ?? {}) as Record<string, unknown>;
    switch (item.action) {
      case "plan.created": {
        const goals = Array.isArray(d.goals) ? (d.goals as string[]) : [];
        const names = goals.map((g) => labels.goalTitle(plan.goals.find((x) => x.goal === g) ?? { title: null, text: g, textLocale: null }));
        return names.length > 0 ? t("plan.event.createdGoals", { goals: names.join(", ") }) : t("plan.event.created");
      }
      case "goal.added":
        return t("plan.event.goalAdded", { goal: goalName(d.goalId) });
      case "goal.status":
        return t("plan.event.goalStatus", { goal: goalName(d.goalId), from: t(`plan.goalStatus.${String(d.from)}`), to: t(`plan.goalStatus.${String(d.to)}`) });
      case "step.added": {
        const s = stepById(d.stepId);
        return t("plan.event.stepAdded", { step: s ? labels.stepTitle(s) : `#${String(d.stepId)}` });
      }
      case "step.changed": {
        const s = stepById(d.stepId);
        const changes = Object.entries((d.changes ?? {}) as Record<string, { from: unknown; to: unknown }>)
          .map(([field, c]) => `${t(`plan.field.${field}`, { defaultValue: field })} ${value(field, c.from)} → ${value(field, c.to)}`)
          .join("; ");
        return t("plan.event.stepChanged", { step: s ? labels.stepTitle(s) : `#${String(d.stepId)}`, changes });
      }
      default:
        return item.action;
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="plan-history">
      <Title order={3} size="h4" mb="xs" id="plan-history">
        {t("plan.history")}
      </Title>
      {/* Nothing in it takes focus: the box itself does, so that a keyboard can scroll it on a phone. */}
      <div className="table-scroll" tabIndex={0}>
        <Table withTableBorder striped aria-label={t("plan.history")} miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("plan.when")}</Table.Th>
              <Table.Th scope="col">{t("plan.whoChanged")}</Table.Th>
              <Table.Th scope="col">{t("plan.what")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...items].reverse().map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(item.at, lang)}</Table.Td>
                <Table.Td>{item.staffId === null && item.actor === "participant" ? t("plan.participantActor") : item.actor}</Table.Td>
                <Table.Td>{describe(item)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Card>
  );
}
