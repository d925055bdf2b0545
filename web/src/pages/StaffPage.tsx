import { Alert, Badge, Button, Code, Group, NativeSelect, Stack, Table, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, errorText, must } from "../api/client";
import type { Role } from "../auth";
import { formatDateTime } from "../time";
import { useLoad } from "../use-load";
import { Loading } from "./common";

const ROLES: Role[] = ["admin", "coordinator", "counsellor", "childcare"];

/** Admins: accounts, roles, passwords, disabling, tokens. A new password or token is shown once. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const staff = useLoad(() => must(api.GET("/api/staff")), []);
  const tokens = useLoad(() => must(api.GET("/api/tokens", { params: { query: {} } })), []);
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [username, setUsername] = useState("");
  const [role, setRole] = useState<Role>("coordinator");
  const reload = () => {
    staff.reload();
    tokens.reload();
  };
  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const { data, error } = await api.POST("/api/staff", { body: { displayName: name, role, username: username || undefined } });
    if (error) return setProblem(errorText(error));
    setProblem(null);
    let shown = t("staff.tokenOnce", { token: data.token });
    if (username) {
      const set = await api.POST("/api/staff/{id}/password", { params: { path: { id: data.id } }, body: {} });
      if (set.data) shown = `${t("staff.passwordOnce", { username: set.data.username, password: set.data.password })}\n${shown}`;
    }
    setSecret(shown);
    setName("");
    setUsername("");
    reload();
  };
  const resetPassword = async (id: number, current: string | null) => {
    const chosen = current ?? window.prompt(t("staff.usernamePrompt")) ?? "";
    if (!chosen) return;
    const { data, error } = await api.POST("/api/staff/{id}/password", { params: { path: { id } }, body: current ? {} : { username: chosen } });
    if (error) return setProblem(errorText(error));
    setSecret(t("staff.passwordOnce", { username: data.username, password: data.password }));
    reload();
  };
  const changeRole = async (id: number, newRole: Role) => {
    const { error } = await api.PATCH("/api/staff/{id}", { params: { path: { id } }, body: { role: newRole } });
    setProblem(error ? errorText(error) : null);
    reload();
  };
  const toggle = async (id: number, disabled: boolean) => {
    await (disabled ? api.POST("/api/staff/{id}/enable", { params: { path: { id } } }) : api.POST("/api/staff/{id}/disable", { params: { path: { id } } }));
    reload();
  };
  const newToken = async (id: number) => {
    const { data, error } = await api.POST("/api/staff/{id}/tokens", { params: { path: { id } }, body: {} });
    if (error) return setProblem(errorText(error));
    setSecret(t("staff.tokenOnce", { token: data.token }));
    reload();
  };
  const revoke = async (id: number) => {
    await api.POST("/api/tokens/{id}/revoke", { params: { path: { id } } });
    reload();
  };
  return (
    <Stack>
      {secret && (
        <Alert color="green" title={t("staff.shownOnce")} withCloseButton onClose={() => setSecret(null)} closeButtonLabel={t("common.close")}>
          <Code block>{secret}</Code>
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <form onSubmit={(e) => void create(e)} aria-label={t("staff.new")}>
        <Group align="flex-end">
          <TextInput label={t("staff.name")} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t("signIn.username")} value={username} onChange={(e) => setUsername(e.currentTarget.value.toLowerCase())} />
          <NativeSelect label={t("staff.role")} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)} data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          <Button type="submit">{t("staff.new")}</Button>
        </Group>
      </form>
      <Loading loading={staff.loading} error={staff.error} />
      {staff.data && (
        <div className="table-scroll">
          <Table withTableBorder striped aria-label={t("nav.staff")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("staff.name")}</Table.Th>
                <Table.Th scope="col">{t("signIn.username")}</Table.Th>
                <Table.Th scope="col">{t("staff.role")}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.displayName} {s.disabled && <Badge color="gray.8">{t("staff.disabled")}</Badge>}
                  </Table.Td>
                  <Table.Td>{s.username ?? "—"}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`${t("staff.role")}: ${s.displayName}`}
                      value={s.role}
                      onChange={(e) => void changeRole(s.id, e.currentTarget.value as Role)}
                      data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="outline" onClick={() => void resetPassword(s.id, s.username)}>
                        {s.hasPassword ? t("staff.resetPassword") : t("staff.setPassword")}
                      </Button>
                      <Button size="xs" variant="outline" onClick={() => void newToken(s.id)}>
                        {t("staff.newToken")}
                      </Button>
                      <Button size="xs" variant="outline" color="red.9" onClick={() => void toggle(s.id, s.disabled)}>
                        {s.disabled ? t("staff.enable") : t("staff.disable")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Title order={2} size="h4">
        {t("staff.tokens")}
      </Title>
      {tokens.data && (
        <div className="table-scroll">
          <Table withTableBorder striped aria-label={t("staff.tokens")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">{t("staff.name")}</Table.Th>
                <Table.Th scope="col">{t("staff.state")}</Table.Th>
                <Table.Th scope="col">{t("staff.expires")}</Table.Th>
                <Table.Th scope="col">{t("staff.lastUsed")}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((tk) => (
                <Table.Tr key={tk.id}>
                  <Table.Td>{tk.id}</Table.Td>
                  <Table.Td>{tk.displayName}</Table.Td>
                  <Table.Td>{t(`staff.tokenState.${tk.state}`)}</Table.Td>
                  <Table.Td>{tk.expiresAt ? formatDateTime(tk.expiresAt, i18n.language) : "—"}</Table.Td>
                  <Table.Td>{tk.lastUsedAt ? formatDateTime(tk.lastUsedAt, i18n.language) : "—"}</Table.Td>
                  <Table.Td>
                    {tk.state === "active" && (
                      <Button size="xs" variant="outline" color="red.9" onClick={() => void revoke(tk.id)} aria-label={`${t("staff.revoke")} #${tk.id}`}>
                        {t("staff.revoke")}
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
