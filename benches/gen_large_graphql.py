#!/usr/bin/env python3
"""Writes a large GraphQL schema shaped like a public API (old.graphql) and an edited copy
(new.graphql) into the folder given.

Usage: gen_large_graphql.py OUT [DOMAINS]

Each domain brings an object type implementing Node (with descriptions, scalar, enum,
list and object fields, arguments with defaults), a Relay connection and edge, a filter
input, an order-by input, create/update inputs and payloads, a status enum, and mutations;
interfaces, unions and directives tie them together. Descriptions are as long as in public
schemas. 180 domains (the default) give about 2,000 named types; 330 domains about 1.2 MB,
the size of the largest public schemas. The
edits are a realistic release: fields and arguments added, fields deprecated and removed,
nullability changed both ways, enum values added and removed, input fields added, union
members added, descriptions rewritten.
"""
import os, random, sys

out = sys.argv[1]
domains = int(sys.argv[2]) if len(sys.argv) > 2 else 180
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
WORDS = "account invoice shipment product review comment team project issue tag milestone release deployment artifact package repository branch commit workflow runner secret webhook payment refund coupon".split()

def name(i):
    w = WORDS[i % len(WORDS)]
    return w.capitalize() + ("" if i < len(WORDS) else str(i // len(WORDS)))

def domain(i, edited):
    n = name(i)
    lower = n[0].lower() + n[1:]
    d = []
    status_values = ["ACTIVE", "ARCHIVED", "DELETED", "PENDING"]
    if edited and i % 7 == 0:
        status_values.append("SUSPENDED")           # enum value added (dangerous or safe)
    if edited and i % 11 == 0:
        status_values.remove("PENDING")             # enum value removed
    d.append(f'"""\nThe lifecycle state of a {lower}.\n"""\nenum {n}Status {{\n' + "".join(f"  {v}\n" for v in status_values) + "}\n")
    more = f" It is computed when the {lower} changes and may lag behind by a few seconds; see the API guide for how {lower}s are cached and paginated."
    fields = [
        '  "The global id."\n  id: ID!',
        f'  "When the {lower} was created."\n  createdAt: DateTime!',
        f'  "When the {lower} was last changed."\n  updatedAt: DateTime' + ("!" if edited and i % 13 == 0 else ""),
        f'  "The display name."\n  name: String' + ("" if edited and i % 9 == 0 else "!"),
        f'  "A longer text about the {lower}, in Markdown."\n  description: String',
        f'  "The state it is in."\n  status: {n}Status!',
        f'  "Who owns it."\n  owner: Actor',
        f'  "Labels attached to it."\n  labels(first: Int = 10, after: String): LabelConnection!',
        f'  "Related {lower}s."\n  related(first: Int = 10, after: String, orderBy: {n}Order): {n}Connection!',
        f'  "The web address of the {lower}."\n  url: URI!',
    ]
    legacy = f'  "The old numeric id."\n  databaseId: Int @deprecated(reason: "Use id.")'
    if not (edited and i % 5 == 0):
        fields.append(legacy)                      # a deprecated field removed
    if not (edited and i % 17 == 0):
        fields.append(f'  "How often it was viewed."\n  viewCount: Int!')  # removed without deprecation
    if edited and i % 3 == 0:
        fields.append(f'  "Whether the viewer may edit it."\n  viewerCanEdit: Boolean!')  # field added
    if edited and i % 8 == 0:
        fields[4] = f'  "A longer text about the {lower}, in Markdown or HTML."\n  description: String'
    impl = "Node & Timestamped" + (" & Ownable" if edited and i % 19 == 0 else "")
    fields = [f.replace('."\n', '.' + more + '"\n', 1) for f in fields]
    d.append(f'"""\nA {lower} of the platform.\n"""\ntype {n} implements {impl} {{\n' + "\n".join(fields) + "\n}\n")
    d.append(f'"A page of {lower}s."\ntype {n}Connection {{\n  edges: [{n}Edge]\n  nodes: [{n}]\n  pageInfo: PageInfo!\n  totalCount: Int!\n}}\n')
    d.append(f'"A {lower} and its cursor."\ntype {n}Edge {{\n  cursor: String!\n  node: {n}\n}}\n')
    order_fields = "  field: " + n + "OrderField!\n  direction: OrderDirection!\n"
    d.append(f'"How to order {lower}s."\ninput {n}Order {{\n{order_fields}}}\n')
    d.append(f'"What {lower}s can be ordered by."\nenum {n}OrderField {{\n  CREATED_AT\n  UPDATED_AT\n  NAME\n}}\n')
    filt = [f"  status: {n}Status", "  createdAfter: DateTime", "  query: String"]
    if edited and i % 4 == 0:
        filt.append("  includeArchived: Boolean = false")   # optional input field
    if edited and i % 23 == 0:
        filt.append("  ownerId: ID!")                        # required input field
    d.append(f'"Which {lower}s to list."\ninput {n}Filter {{\n' + "\n".join(filt) + "\n}\n")
    create = [f"  name: String!", "  description: String", f"  status: {n}Status = ACTIVE", "  clientMutationId: String"]
    if edited and i % 10 == 0:
        create[1] = "  description: String!"                 # input made non-null
    d.append(f'"What create{n} needs."\ninput Create{n}Input {{\n' + "\n".join(create) + "\n}\n")
    d.append(f'"What update{n} needs."\ninput Update{n}Input {{\n  id: ID!\n  name: String\n  description: String\n  clientMutationId: String\n}}\n')
    d.append(f'"What create{n} returns."\ntype Create{n}Payload {{\n  {lower}: {n}\n  clientMutationId: String\n}}\n')
    d.append(f'"What update{n} returns."\ntype Update{n}Payload {{\n  {lower}: {n}\n  clientMutationId: String\n}}\n')
    q_args = f"filter: {n}Filter, first: Int = 20, after: String, orderBy: {n}Order"
    if edited and i % 6 == 0:
        q_args += ", includeDeleted: Boolean"                # optional argument
    if edited and i % 29 == 0:
        q_args = q_args.replace("first: Int = 20", "first: Int = 50")  # default changed
    queries = [f'  "{n}s, a page at a time."\n  {lower}s({q_args}): {n}Connection!',
               f'  "A {lower} by id."\n  {lower}(id: ID!): {n}']
    mutations = [f'  "Creates a {lower}."\n  create{n}(input: Create{n}Input!): Create{n}Payload',
                 f'  "Updates a {lower}."\n  update{n}(input: Update{n}Input!): Update{n}Payload']
    return "\n".join(d), queries, mutations

def schema(edited):
    parts = ['"""\nThe platform\'s public API.\n"""\nschema {\n  query: Query\n  mutation: Mutation\n}\n',
             '"An instant, as an ISO 8601 string."\nscalar DateTime\n',
             '"An RFC 3986 URI."\nscalar URI\n',
             '"How long a response may be cached."\ndirective @cacheControl(maxAge: Int, scope: CacheScope) on FIELD_DEFINITION | OBJECT | INTERFACE\n',
             '"Who may see a cached response."\nenum CacheScope {\n  PUBLIC\n  PRIVATE\n}\n',
             '"Anything with a global id."\ninterface Node {\n  "The global id."\n  id: ID!\n}\n',
             '"Anything with timestamps."\ninterface Timestamped {\n  createdAt: DateTime!\n  updatedAt: DateTime' + ("!" if edited else "") + '\n}\n' if False else '"Anything with timestamps."\ninterface Timestamped {\n  createdAt: DateTime!\n}\n',
             '"Anything with an owner."\ninterface Ownable {\n  owner: Actor\n}\n',
             '"Someone who acts."\ninterface Actor {\n  login: String!\n  avatarUrl(size: Int): URI!\n}\n',
             '"A person."\ntype User implements Actor & Node {\n  id: ID!\n  login: String!\n  avatarUrl(size: Int): URI!\n  email: String\n}\n',
             '"A bot."\ntype Bot implements Actor & Node {\n  id: ID!\n  login: String!\n  avatarUrl(size: Int): URI!\n}\n',
             '"A label."\ntype Label implements Node {\n  id: ID!\n  name: String!\n  color: String!\n}\n',
             '"A page of labels."\ntype LabelConnection {\n  edges: [LabelEdge]\n  nodes: [Label]\n  pageInfo: PageInfo!\n  totalCount: Int!\n}\n',
             '"A label and its cursor."\ntype LabelEdge {\n  cursor: String!\n  node: Label\n}\n',
             '"Where a page ends."\ntype PageInfo {\n  hasNextPage: Boolean!\n  hasPreviousPage: Boolean!\n  startCursor: String\n  endCursor: String\n}\n',
             '"Which way to order."\nenum OrderDirection {\n  ASC\n  DESC\n}\n']
    queries = ['  "Any object by its global id."\n  node(id: ID!): Node', '  "The signed-in actor."\n  viewer: User!']
    mutations = []
    members = []
    for i in range(domains):
        text, q, m = domain(i, edited)
        parts.append(text)
        queries += q
        mutations += m
        if i % 10 == 0 or (edited and i % 10 == 5):
            members.append(name(i))
    parts.append('"What search finds."\nunion SearchResult = ' + " | ".join(members) + "\n")
    queries.append('  "Everything matching a text."\n  search(query: String!, first: Int = 10): [SearchResult!]!')
    parts.append('"The entry point for reading."\ntype Query {\n' + "\n".join(queries) + "\n}\n")
    parts.append('"The entry point for writing."\ntype Mutation {\n' + "\n".join(mutations) + "\n}\n")
    return "\n".join(parts)

open(os.path.join(out, "old.graphql"), "w").write(schema(False))
open(os.path.join(out, "new.graphql"), "w").write(schema(True))
