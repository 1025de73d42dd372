import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
function h(s,p="app-mesh"){let i=p==="app-mesh",e=[i?["ROUTE","TYPE","VIRTUAL NODE","PORT","WEIGHT","SHARE"]:["RESOURCE","TYPE","TARGET GROUP","WEIGHT","SHARE"]];for(let o of s){let r=o.targets.reduce((t,n)=>t+n.weight,0);o.targets.forEach((t,n)=>{e.push([n===0?o.route:"",n===0?o.type:"",t.target,...i?[t.port===void 0?"":String(t.port)]:[],String(t.weight),r===0?"-":`${Math.round(t.weight*100/r)}%`])})}let u=e[0].map((o,r)=>Math.max(...e.map(t=>t[r].length)));return`${e.map(o=>o.map((r,t)=>r.padEnd(u[t])).join("  ").trimEnd()).join(`
`)}
`}export{h as a};
