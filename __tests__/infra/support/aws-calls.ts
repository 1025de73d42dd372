import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

/**
 * Which AWS API actions a Lambda handler can send, derived from its code:
 * 1. esbuild bundles the entry as the construct does; its metafile lists the project files and the SDK command
 *    modules that made it into the bundle (module granularity: a class that sends five commands brings all five).
 * 2. The TypeScript checker then follows the calls from `handler` through those files, declaration by
 *    declaration, and collects the SDK commands, paginators, waiters and aggregated-client methods the reachable
 *    code uses. A call through an interface or an untyped value reaches every function member (of a class or an
 *    object literal) of that name: the analysis errs toward more actions, never fewer.
 */
export interface HandlerCalls {
  /** IAM actions of the commands reachable from the handler, e.g. appmesh:UpdateRoute. */
  called: string[];
  /** IAM actions of every SDK command module in the bundle. */
  bundled: string[];
}

/** @aws-sdk/client-<name> -> IAM service prefix. */
const iamPrefixes: Readonly<Record<string, string>> = {
  'app-mesh': 'appmesh',
  ecs: 'ecs',
  cloudwatch: 'cloudwatch',
  xray: 'xray',
  sfn: 'states',
  'vpc-lattice': 'vpc-lattice',
  'elastic-load-balancing-v2': 'elasticloadbalancing',
  eventbridge: 'events',
  servicediscovery: 'servicediscovery',
};

/** SDK waiters poll with one command. */
const waiterCommands: Readonly<Record<string, string>> = {
  'ecs:ServicesStable': 'DescribeServices',
  'ecs:ServicesInactive': 'DescribeServices',
  'ecs:TasksRunning': 'DescribeTasks',
  'ecs:TasksStopped': 'DescribeTasks',
  'elasticloadbalancing:LoadBalancerAvailable': 'DescribeLoadBalancers',
  'elasticloadbalancing:LoadBalancerExists': 'DescribeLoadBalancers',
  'elasticloadbalancing:LoadBalancersDeleted': 'DescribeLoadBalancers',
  'elasticloadbalancing:TargetInService': 'DescribeTargetHealth',
  'elasticloadbalancing:TargetDeregistered': 'DescribeTargetHealth',
};

/**
 * Operations authorized by an action of another name (Service Authorization Reference, "API operations"
 * table); every other operation of these services is authorized by the action of its own name.
 */
const operationActions: Readonly<Record<string, string>> = {
  'vpc-lattice:BatchUpdateRule': 'vpc-lattice:UpdateRule',
};

/** The IAM action that authorizes one operation of an SDK client package (@aws-sdk/client-<client>). */
export function iamAction(client: string, operation: string): string {
  const prefix = iamPrefixes[client];
  if (!prefix) throw new Error(`@aws-sdk/client-${client}: add its IAM service prefix to ${import.meta.url}`);
  const action = `${prefix}:${operation}`;
  return operationActions[action] ?? action;
}

const bundledCommand = /node_modules\/@aws-sdk\/client-([a-z0-9-]+)\/dist-es\/commands\/(\w+)Command\.js$/;
const commandTypes =
  /node_modules\/@aws-sdk\/client-([a-z0-9-]+)\/dist-types\/commands\/(\w+)Command\.d\.ts$/;
const paginatorTypes =
  /node_modules\/@aws-sdk\/client-([a-z0-9-]+)\/dist-types\/pagination\/(\w+)Paginator\.d\.ts$/;
/** The aggregated client (`new ECS().describeServices()`), not the bare one (ECSClient). */
const aggregatedClientTypes = /node_modules\/@aws-sdk\/client-([a-z0-9-]+)\/dist-types\/(\w+)\.d\.ts$/;
const waiterTypes = /node_modules\/@aws-sdk\/client-([a-z0-9-]+)\/dist-types\/waiters\/waitFor(\w+)\.d\.ts$/;

/** The action a declaration in the SDK's types stands for: a command, paginator, waiter or client method. */
function sdkActionOf(declaration: ts.Declaration): string | undefined {
  const declarationFile = realpathOrSelf(declaration.getSourceFile().fileName);
  const command = commandTypes.exec(declarationFile) ?? paginatorTypes.exec(declarationFile);
  if (command) return iamAction(command[1]!, command[2]!);
  const waiter = waiterTypes.exec(declarationFile);
  if (waiter) {
    const operation = waiterCommands[`${iamPrefixes[waiter[1]!]}:${waiter[2]}`];
    if (!operation) throw new Error(`waiter ${waiter[2]} of client-${waiter[1]}: add the command it polls.`);
    return iamAction(waiter[1]!, operation);
  }
  const client = aggregatedClientTypes.exec(declarationFile);
  const method =
    ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration) ? declaration.name : undefined;
  if (client && !client[2]!.endsWith('Client') && method && ts.isIdentifier(method)) {
    return iamAction(client[1]!, method.text.charAt(0).toUpperCase() + method.text.slice(1));
  }
  return undefined;
}

/** Bundles the entries (name -> .ts file) once and derives each one's AWS calls. */
export async function awsCallsOf(entries: Record<string, string>): Promise<Record<string, HandlerCalls>> {
  const workingDir = dirname(dirname(realpathSync(Object.values(entries)[0]!)));
  const result = await build({
    entryPoints: Object.entries(entries).map(([name, file]) => ({ in: realpathSync(file), out: name })),
    absWorkingDir: workingDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    outdir: join(workingDir, 'analysis-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bundles: Array<{ name: string; entry: string; projectFiles: string[]; bundled: Set<string> }> = [];
  for (const output of Object.values(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const entry = resolve(workingDir, output.entryPoint);
    const name = Object.keys(entries).find((key) => realpathSync(entries[key]!) === entry);
    if (!name) continue;
    const inputs = Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => resolve(workingDir, path));
    const bundled = new Set<string>();
    for (const input of inputs) {
      const match = bundledCommand.exec(input);
      if (match) bundled.add(iamAction(match[1]!, match[2]!));
    }
    const projectFiles = inputs.filter((input) => !input.includes('/node_modules/') && /\.ts$/.test(input));
    bundles.push({ name, entry, projectFiles, bundled });
  }
  // One program for all handlers: the checker loads the SDK's types once.
  const program = ts.createProgram([...new Set(bundles.flatMap((bundle) => bundle.projectFiles))], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  });
  const calls: Record<string, HandlerCalls> = {};
  for (const { name, entry, projectFiles, bundled } of bundles) {
    calls[name] = {
      called: [...reachableActions(program, entry, projectFiles)].sort(),
      bundled: [...bundled].sort(),
    };
  }
  return calls;
}

/**
 * A piece of code that runs as a whole once something reaches it: a function, a method or an object literal's
 * function member (each runs when called), a class (its construction: heritage, constructor, field values),
 * a module-level variable's initializer, or a module-level statement.
 */
type Unit = ts.Node;

/** Follows references from the entry's `handler` and collects the SDK actions reached. */
function reachableActions(program: ts.Program, entry: string, projectFiles: string[]): Set<string> {
  const checker = program.getTypeChecker();
  const inProject = new Set(projectFiles);
  const files = program.getSourceFiles().filter((file) => inProject.has(realpathOrSelf(file.fileName)));
  const isProjectFile = (file: ts.SourceFile) => files.includes(file);

  // Function members by name: where a call through an interface or an untyped value may land.
  const membersByName = new Map<string, Unit[]>();
  const roots: Unit[] = [];
  for (const file of files) {
    const collect = (node: ts.Node): void => {
      const name = isMemberUnit(node) ? memberName(node) : undefined;
      if (name) membersByName.set(name, [...(membersByName.get(name) ?? []), node]);
      ts.forEachChild(node, collect);
    };
    collect(file);
    roots.push(...file.statements.filter((statement) => !isDeclarationOnly(statement))); // run on import
  }
  const entryFile = files.find((file) => realpathOrSelf(file.fileName) === entry);
  if (!entryFile) throw new Error(`${entry} is not in the program`);
  const handler = entryFile.statements.flatMap(handlerUnits);
  if (handler.length === 0) throw new Error(`${entry} declares no handler`);
  roots.push(...handler);

  const actions = new Set<string>();
  const seen = new Set<Unit>();
  const queue = [...roots];
  const reach = (unit: Unit | undefined) => {
    if (unit && !seen.has(unit)) queue.push(unit);
  };
  const reachMembersNamed = (name: string) => {
    for (const member of membersByName.get(name) ?? []) reach(member);
  };
  while (queue.length > 0) {
    const unit = queue.pop()!;
    if (seen.has(unit)) continue;
    seen.add(unit);
    visitReferences(unit, (identifier) => {
      let resolvedInCode = false;
      for (const declaration of symbolOf(checker, identifier)?.declarations ?? []) {
        const action = sdkActionOf(declaration);
        if (action) actions.add(action);
        if (!isProjectFile(declaration.getSourceFile())) continue;
        if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
          // const { alarms } = readers; alarms(...): a member taken off an object, called under its own name.
          // const { run } = await import('./mode.js'): the checker knows the module's export.
          const units = destructuredDeclarations(checker, declaration)
            .filter((taken) => isProjectFile(taken.getSourceFile()) && !isSignature(taken))
            .map(unitOf)
            .filter((unit) => unit !== undefined);
          for (const unit of units) reach(unit);
          if (units.length === 0 && isCallee(identifier)) {
            reachMembersNamed(bindingPropertyName(declaration));
          }
          continue;
        }
        // An interface or abstract member says nothing about the code that runs: resolved by name below.
        if (isSignature(declaration)) continue;
        resolvedInCode = true;
        reach(unitOf(declaration));
      }
      if (!resolvedInCode && isCalledMemberName(identifier)) reachMembersNamed(identifier.text);
    });
  }
  return actions;
}

function symbolOf(checker: ts.TypeChecker, identifier: ts.Identifier): ts.Symbol | undefined {
  const symbol = ts.isShorthandPropertyAssignment(identifier.parent)
    ? checker.getShorthandAssignmentValueSymbol(identifier.parent)
    : checker.getSymbolAtLocation(identifier);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** `name` in `x.name(...)` or `new x.name(...)`: a call that may land on any function member of that name. */
function isCalledMemberName(identifier: ts.Identifier): boolean {
  const access = identifier.parent;
  return ts.isPropertyAccessExpression(access) && access.name === identifier && isCallee(access);
}

function isCallee(node: ts.Expression): boolean {
  const call = node.parent;
  return (ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === node;
}

/** Methods, accessors and function-valued fields of classes and object literals. */
function isMemberUnit(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent || !(ts.isClassLike(parent) || ts.isObjectLiteralExpression(parent))) return false;
  return (
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ((ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node)) && isFunctionLike(node.initializer))
  );
}

function memberName(node: ts.Node): string | undefined {
  const name = (node as ts.NamedDeclaration).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** Where the property a binding element takes is declared, by the type of the destructured value. */
function destructuredDeclarations(checker: ts.TypeChecker, element: ts.BindingElement): ts.Declaration[] {
  const property = checker.getTypeAtLocation(element.parent).getProperty(bindingPropertyName(element));
  const symbol =
    property && property.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(property) : property;
  return (symbol?.declarations ?? []).flatMap((declaration) => {
    // { alarms } or { alarms: readAlarms }: the value is declared where the name it holds is.
    const value = ts.isShorthandPropertyAssignment(declaration)
      ? checker.getShorthandAssignmentValueSymbol(declaration)
      : ts.isPropertyAssignment(declaration) && ts.isIdentifier(declaration.initializer)
        ? checker.getSymbolAtLocation(declaration.initializer)
        : undefined;
    if (!value) return [declaration];
    const target = value.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(value) : value;
    return target.declarations ?? [];
  });
}

function isSignature(declaration: ts.Declaration): boolean {
  return ts.isMethodSignature(declaration) || ts.isPropertySignature(declaration) || isAbstract(declaration);
}

function bindingPropertyName(element: ts.BindingElement): string {
  const name = element.propertyName ?? element.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

function isFunctionLike(node: ts.Node | undefined): boolean {
  return node !== undefined && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));
}

function isAbstract(declaration: ts.Declaration): boolean {
  return ts.canHaveModifiers(declaration)
    ? (ts.getModifiers(declaration) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.AbstractKeyword)
    : false;
}

/** Statements that only declare: their code runs when something reaches their names. */
function isDeclarationOnly(statement: ts.Statement): boolean {
  return (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isVariableStatement(statement)
  );
}

function handlerUnits(statement: ts.Statement): Unit[] {
  if (ts.isFunctionDeclaration(statement) && statement.name?.text === 'handler') return [statement];
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.filter(
      (declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === 'handler',
    );
  }
  return [];
}

/** The unit that runs when a declaration is used; none for parameters and locals (inside a visited unit). */
function unitOf(declaration: ts.Declaration): Unit | undefined {
  if (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration)) return declaration;
  if (ts.isConstructorDeclaration(declaration)) return declaration.parent;
  if (isMemberUnit(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && ts.isSourceFile(declaration.parent.parent.parent)) {
    return declaration;
  }
  return undefined;
}

/** Every identifier the unit's own code refers to: types are skipped, and member units are their own. */
function visitReferences(unit: Unit, onIdentifier: (identifier: ts.Identifier) => void): void {
  const visit = (node: ts.Node): void => {
    if (node !== unit && isMemberUnit(node)) return;
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isIdentifier(node)) onIdentifier(node);
    ts.forEachChild(node, visit);
  };
  if (ts.isClassLike(unit)) {
    // Constructing a class runs its heritage, constructor, static blocks and non-function field values.
    for (const clause of unit.heritageClauses ?? []) visit(clause);
    for (const member of unit.members) {
      if (!isMemberUnit(member) && !ts.isMethodDeclaration(member) && !ts.isAccessor(member)) visit(member);
    }
    return;
  }
  visit(unit);
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
