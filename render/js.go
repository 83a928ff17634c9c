package render

// The chart's own JavaScript. None of it holds article text as such:
// texts arrive as base64 (the %s), decoded by u().

// decodeJS turns base64 back into text (UTF-8). The formatters below sit
// in go-echarts' option JSON, which escapes '"' and '\\': they are written
// without either.
const decodeJS = `function u(s){var b=atob(s),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}return new TextDecoder().decode(a);}`

// tooltipJS shows an event's row of the chronology (value[5] of a span,
// value[2] of a point), or what a cluster holds (value[3] is its number).
const tooltipJS = `function(p){var d=window.%s;if(!d){return '';}var v=p.value||[];if(String(p.seriesId).indexOf('clusters')===0){return d.clusterTip?d.clusterTip(v[3]):'';}var i=p.seriesType==='custom'?v[5]:v[2];return d.tip?d.tip(i):'';}`

// dataJS is the script that holds the chart's events and labels:
// window.<chart id> (see dataScript).
const dataJS = `window.%s={u:function(s){var b=atob(s),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}return new TextDecoder().decode(a);},items:%s,lanes:%d,labels:%s,words:%s};`

// laneJS names the lanes on the y axis: lane i occupies [i, i+1), its
// name sits on its top line.
const laneJS = `(function(){` + decodeJS + `var lanes=%s;return function(v){return (v===Math.floor(v)&&v<lanes.length)?u(lanes[v]):'';};})()`

// legendJS names the lanes' series ("L0"…) in the legend.
const legendJS = `(function(){` + decodeJS + `var lanes=%s;return function(n){var i=parseInt(String(n).slice(1),10);return lanes[i]?u(lanes[i]):n;};})()`

// labelJS shows a point's label: value[3] is its event's number.
const labelJS = `function(p){var d=window.%s;var t=d&&d.labels[p.value[3]];return t?d.u(t):'';}`

const relDayJS = `function(v){return v===0?'J0':'J'+(v>0?'+':'')+v;}`

// timeJS labels the time axis in the article's wall clock (UTC getters on
// shifted data) with the month names of the chart's language (%s).
const timeJS = `(function(){var M=%s;return function(v){var d=new Date(v),h=d.getUTCHours(),m=d.getUTCMinutes();if(h||m){return ('0'+h).slice(-2)+':'+('0'+m).slice(-2);}return (d.getUTCMonth()===0&&d.getUTCDate()===1)?String(d.getUTCFullYear()):d.getUTCDate()+' '+M[d.getUTCMonth()];};})()`

// renderItemJS draws an event's extent: a bar from its start to its end,
// solid when the date is exact, lighter when inferred, a faded dashed band
// when several days are possible; an arrowhead before its left end when
// it began before ("jusqu'à jeudi"). One that goes on after its end
// ("depuis vendredi", "à partir de lundi") has its point there, drawn as
// an arrowhead (the label after it would hide one drawn here).
const renderItemJS = `function(params, api){
var a=api.coord([api.value(0),api.value(2)]), b=api.coord([api.value(1),api.value(2)]);
var cert=api.value(3), inh=api.value(4), open=api.value(6), c=api.visual('color');
var w=Math.max(b[0]-a[0],2), h=inh?4:(cert===2?12:8);
var bar={type:'rect',shape:{x:a[0],y:a[1]-h/2,width:w,height:h,r:2},
style:{fill:c,fillOpacity:cert===0?0.55:(cert===1?0.3:0.12),stroke:c,strokeOpacity:cert===2?0.7:0.9,lineWidth:1,lineDash:cert===0?null:(cert===1?[4,3]:[1,3])}};
if(open>=0){return bar;}
var x=a[0], y=a[1];
return {type:'group',children:[bar,{type:'polygon',shape:{points:[[x,y-5],[x-7,y],[x,y+5]]},style:{fill:c}}]};}`

// afterJS sets what go-echarts has no field for (the time axis reads the
// article's wall clock: the data are wall-clock milliseconds on a UTC
// clock; tooltips stay inside the chart and wrap long sentences), lays
// the events out for the stretch of time in view, and draws the chart,
// once. layout gives each event in view (and half a view on each side) a
// row of its lane where there is room: one free after the marks and the
// label before it, else a new row while the lane has room for one, else
// one free after the marks only (the label before is then cut short by
// labelLayout). An event with no row left is counted in its lane's
// cluster for that stretch of the axis: a "+N" mark under the lane's rows,
// which lists them on hover and zooms in on them when clicked. Zooming
// lays the events out again, so the clusters open where there is room.
// A cluster no zoom can open (its events at one instant, or the view at
// its narrowest) opens on click as a stack instead: a panel of one row
// per event (its label, or its list row's text) over the lane, inside the
// plot, each row with its event's tooltip and linked to the list; the
// panel's head closes it.
// D.settled is true, and D.drawn counts one more, once the chart has
// finished drawing (ECharts' 'finished': animations over, no relayout
// pending) what the last zoom or click asked for: what a reader of its
// geometry (a browser test, a screenshot) waits on, since the chart is
// only laid out 60 ms after a zoom and then animates.
// However many events, the chart draws at most rows × lanes × the plot's
// width in points' widths: a 10,000-event page draws as fast as a small one.
const afterJS = `(function(){` + decodeJS + `var o=option_%[1]s, D=window.%[1]s; o.useUTC=true; o.tooltip.confine=true; o.tooltip.extraCssText='max-width:480px;white-space:normal;';
o.yAxis[0].axisLabel.width=96; o.yAxis[0].axisLabel.overflow='truncate';
o.title.text=u('%[2]s'); o.title.subtext=u('%[3]s'); o.title.subtextStyle={width:1100,overflow:'break',lineHeight:15}; o.animation=%[4]t;
var dens=%[5]s; if(dens.length>1){
 o.grid.push({left:110,right:40,bottom:64,height:30});
 var x0=o.xAxis[0]; o.xAxis.push({type:x0.type,gridIndex:1,min:x0.min,max:x0.max,show:false});
 o.yAxis.push({type:'value',gridIndex:1,show:false});
 o.series.push({name:'density',type:'bar',xAxisIndex:1,yAxisIndex:1,data:dens,barWidth:'80%%',barMaxWidth:24,clip:true,silent:true,itemStyle:{color:'rgba(31,95,153,0.35)'},tooltip:{show:false},label:{show:false}});
 o.dataZoom.forEach(function(z){z.xAxisIndex=[0,1];});
 o.grid[0].bottom=110;
}
o.dataZoom.forEach(function(z){z.minValueSpan=%[7]s;});
if(%[6]t){[].concat(o.toolbox||[]).forEach(function(t){t.show=false;});o.dataZoom.forEach(function(z){if(z.type==='slider'){z.show=false;}});if(o.grid[1]){o.grid[1].bottom=8;o.grid[0].bottom=50;}else{o.grid[0].bottom=40;}}
var chart=goecharts_%[1]s, el=chart.getDom(), W=el.clientWidth;
o.xAxis[0].axisLabel.hideOverlap=true; o.title.subtextStyle.width=Math.max(200,W-40);
if(W<700){o.grid[0].left=64;o.grid[0].right=12;o.yAxis[0].axisLabel.width=56;o.yAxis[0].axisLabel.fontSize=10;o.title.textStyle={fontSize:14};o.title.subtextStyle.fontSize=10;o.title.subtextStyle.lineHeight=13;var lgn=Array.isArray(o.legend)?o.legend[0]:o.legend;if(lgn){lgn.top=84;}o.grid[0].top=120;
 o.dataZoom.forEach(function(z){if(z.type==='slider'){z.left=64;z.right=12;}});if(o.grid[1]){o.grid[1].left=64;o.grid[1].right=12;}}
var lg=Array.isArray(o.legend)?o.legend[0]:o.legend; if(lg){lg.data=o.series.filter(function(s){return s.type==='scatter';}).map(function(s){return s.name;});}
var items=D.items, nl=D.lanes, n=items.length, bars=[], pts=[], cls=[];
o.series.forEach(function(s){if(s.xAxisIndex){return;}var k=+String(s.name).slice(1);if(s.type==='custom'){s.clip=true;bars[k]=s;}else if(s.type==='scatter'){s.clip=true;pts[k]=s;}});
for(var k=0;k<nl;k++){cls[k]={id:'clusters'+k,name:'L'+k,type:'custom',clip:true,data:[],itemStyle:{color:pts[k].itemStyle.color},z:3,renderItem:function(p,api){
 var c=api.coord([api.value(0),api.value(1)]), t='+'+api.value(2), w=10+7*t.length;
 return {type:'group',children:[{type:'rect',shape:{x:c[0]-w/2,y:c[1]-8,width:w,height:16,r:8},style:{fill:api.visual('color'),fillOpacity:0.22,stroke:api.visual('color'),lineWidth:1}},
  {type:'text',style:{x:c[0],y:c[1],text:t,align:'center',verticalAlign:'middle',fontSize:11,fontWeight:'bold',fill:api.visual('color')}}]};}};o.series.push(cls[k]);}
var FAN=18, PANEL=%[8]t?'#1c1840':'#ffffff', INK=%[8]t?'#e6e6ee':'#222222', said=D.words.map(u);
var rowOf=null;
function row(i){if(!rowOf){rowOf={};var r=el.closest?el.closest('.frise'):null;[].forEach.call(r?r.querySelectorAll('.frise-ev'):[], function(li){rowOf[li.getAttribute('data-i')]=li;});}return rowOf[i];}
function rowText(i){if(D.labels[i]){return u(D.labels[i]);}var t=row(i)&&row(i).querySelector('.frise-text');return t?t.textContent.trim():'…';}
D.tip=function(i){var li=row(i);if(!li){return '';}
 var box=document.createElement('div'), h=li.closest?li.closest('.frise-group'):null;box.className='frise-tip';h=h&&h.querySelector('h3');
 if(h&&!li.querySelector('.frise-when')){var b=document.createElement('b');b.textContent=h.textContent;box.appendChild(b);}
 [].forEach.call(li.childNodes,function(n){box.appendChild(n.cloneNode(true));});return box.outerHTML;};
var fanS={id:'fan',name:'fan',type:'custom',clip:true,data:[],z:10,renderItem:function(p,api){
 var g=p.coordSys, lane=api.value(1), c=api.coord([api.value(0),lane+0.1]), rows=api.value(3), i=api.value(5), col=pts[lane].itemStyle.color;
 var W=Math.min(360,g.width), L=Math.max(g.x,Math.min(c[0]-10,g.x+g.width-W)), y=Math.max(g.y,Math.min(c[1],g.y+g.height-rows*FAN))+api.value(2)*FAN, t;
 if(i===-1){t='× '+said[0].replace('%%d',api.value(4))+' · '+said[3];}else if(i===-2){t=said[2].replace('%%d',api.value(4));}else{t=rowText(i);}
 var kids=[{type:'rect',shape:{x:L,y:y,width:W,height:FAN},style:{fill:PANEL,stroke:col,lineWidth:1}}];
 if(i>=0){kids.push({type:'circle',shape:{cx:L+10,cy:y+FAN/2,r:5},style:items[i][8]===0?{fill:col}:{fill:PANEL,stroke:col,lineWidth:1.5}});}
 kids.push({type:'text',style:{x:L+(i>=0?20:8),y:y+FAN/2,text:t,verticalAlign:'middle',fontSize:11,fontWeight:i===-1?'bold':'normal',fill:i===-1?col:INK,width:W-(i>=0?26:14),overflow:'truncate'}});
 return {type:'group',children:kids};}};
o.series.push(fanS);
var order=[];for(var i=0;i<n;i++){order.push(i);}order.sort(function(a,b){return items[a][0]-items[b][0]||a-b;});
var chars=D.labels.map(function(s){return s?u(s).length:0;});
var SYM=['circle','emptyCircle','triangle','triangle'], ROT=[0,0,-90,90];
function num(v,d){v=parseFloat(v);return isNaN(v)?d:v;}
function box(){var g=o.grid[0], w=chart.getWidth(), h=chart.getHeight(), l=num(g.left,110), t=num(g.top,90);return [l,t,Math.max(10,w-l-num(g.right,40)),Math.max(10,h-t-num(g.bottom,70))];}
function inView(){
 try{var e=chart.getModel().getComponent('xAxis',0).axis.scale.getExtent();if(e[1]>e[0]){return e;}}catch(err){}
 var x=o.xAxis[0], z=o.dataZoom[0], a=z.start||0, b=(z.end==null)?100:z.end;return [x.min+(x.max-x.min)*a/100, x.min+(x.max-x.min)*b/100];}
D.clusters=[]; D.where={}; D.fan=null; var fanOn=null;
D.clusterTip=function(c){var k=D.clusters[c];if(!k){return '';}var w=D.words.map(u), s='<b>'+w[0].replace('%%d',k.length)+'</b> · '+w[1];
 function esc(t){return t.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');}
 for(var j=0;j<k.length&&j<8;j++){var t=D.labels[k[j]];s+='<br>'+(t?esc(u(t)):'…');}
 if(k.length>8){s+='<br>'+w[2].replace('%%d',k.length-8);}return s;};
function place(v0,v1,R,strip){
 var b=box(), px=b[2]/Math.max(v1-v0,1e-9), half=(v1-v0)/2, rows=[], kept=[], cl={}, any=false, used=1;
 for(var k=0;k<nl;k++){rows.push([]);}
 for(var q=0;q<n;q++){var i=order[q], it=items[i];if(it[1]<v0-half||it[0]>v1+half||(fanOn&&fanOn[i])){continue;}
  var r=rows[it[2]], x=it[0], k=-1, j;
  for(j=0;j<r.length;j++){if(r[j][1]<=x){k=j;break;}}
  if(k<0&&r.length<R){k=r.length;r.push([-Infinity,-Infinity]);}
  if(k<0){for(j=0;j<r.length;j++){if(r[j][0]<=x){k=j;break;}}}
  if(k<0){if(!strip){return null;}var key=it[2]+':'+Math.floor((it[6]-v0)*px/40);any=true;(cl[key]||(cl[key]={lane:it[2],at:Math.floor((it[6]-v0)*px/40),items:[]})).items.push(i);continue;}
  var hard=Math.max(it[1],it[6]+(it[9]/2+3)/px), w=chars[i]?(chars[i]*6.3+24)/px:0;
  r[k]=[hard,Math.max(hard,it[7]+w)];kept.push([i,k]);used=Math.max(used,r.length);}
 return {kept:kept,cl:cl,any:any,used:used,px:px};}
function layout(){
 var v=inView(), b=box();fanOn=(D.fan&&D.fan.x>=v[0]&&D.fan.x<=v[1])?D.fan.set:null;var R=Math.max(1,Math.floor(b[3]/nl*0.8/18)), p=place(v[0],v[1],R,false), strip=false;
 if(!p){strip=true;p=place(v[0],v[1],Math.max(1,Math.floor(b[3]/nl*0.66/18)),true);}
 var top=strip?0.04:0.1, step=(strip?0.7:0.8)/p.used;
 bars.forEach(function(s){s.data=[];});pts.forEach(function(s){s.data=[];});cls.forEach(function(s){s.data=[];});
 D.where={};D.clusters=[];
 p.kept.forEach(function(e){var i=e[0], it=items[i], y=it[2]+top+step*(e[1]+0.5), s=pts[it[2]];
  bars[it[2]].data.push({value:[it[0],it[1],y,it[3],it[4],i,it[5]]});
  D.where[i]=[o.series.indexOf(s),s.data.length];
  s.data.push({value:[it[6],y,i,i,it[7],chars[i]?1:0],symbol:SYM[it[8]],symbolSize:it[9],symbolRotate:ROT[it[8]],label:{show:!!chars[i]}});});
 Object.keys(p.cl).sort().forEach(function(key){var c=p.cl[key];D.clusters.push(c.items);
  var at=[o.series.indexOf(cls[c.lane]),cls[c.lane].data.length];c.items.forEach(function(i){D.where[i]=at;});
  cls[c.lane].data.push({value:[v[0]+(c.at+0.5)*40/p.px,c.lane+0.89,c.items.length,D.clusters.length-1]});});
 fanS.data=[];
 if(fanOn){var f=D.fan, m=f.items.length, cap=Math.max(3,Math.floor(b[3]/FAN)), shown=(m+1<=cap)?m:cap-2, rows=1+shown+(shown<m?1:0), fi=o.series.indexOf(fanS);
  fanS.data.push({value:[f.x,f.lane,0,rows,m,-1]});
  f.items.forEach(function(i,j){if(j<shown){D.where[i]=[fi,fanS.data.length];fanS.data.push({value:[f.x,f.lane,j+1,rows,0,i]});}else{D.where[i]=[fi,shown+1];}});
  if(shown<m){fanS.data.push({value:[f.x,f.lane,shown+1,rows,m-shown,-2]});}}
 marksAt='';}
var marks=null, marksAt='';
function markRects(){
 var at=chart.convertToPixel({xAxisIndex:0},0)+','+chart.convertToPixel({xAxisIndex:0},1e12)+','+chart.getWidth()+','+chart.getHeight();
 if(at===marksAt){return marks;}
 marksAt=at; marks=[];
 function xy(x,y){return chart.convertToPixel({xAxisIndex:0,yAxisIndex:0},[x,y]);}
 bars.forEach(function(s){s.data.forEach(function(d){var v=d.value, a=xy(v[0],v[2]), b=xy(v[1],v[2]), h=v[4]?4:(v[3]===2?12:8);marks.push([a[0]-(v[6]<0?8:0),a[1]-h/2,Math.max(b[0],a[0]+2),a[1]+h/2]);});});
 pts.forEach(function(s){s.data.forEach(function(d){var q=xy(d.value[0],d.value[1]), r=d.symbolSize/2+1;marks.push([q[0]-r,q[1]-r,q[0]+r,q[1]+r]);});});
 cls.forEach(function(s){s.data.forEach(function(d){var q=xy(d.value[0],d.value[1]), w=(10+7*(1+String(d.value[2]).length))/2;marks.push([q[0]-w,q[1]-8,q[0]+w,q[1]+8]);});});
 return marks;}
function hidden(){return {x:-10000,y:-10000,hideOverlap:true};}
pts.forEach(function(s){s.label.show=false; s.label.overflow='truncate';
 s.labelLayout=function(p){var d=s.data[p.dataIndex], v=d&&d.value;if(!v||!p.text){return hidden();}
  var a=chart.convertToPixel({xAxisIndex:0},v[0]), b=chart.convertToPixel({xAxisIndex:0},v[4]), dx=Math.max(0,b-a);
  var L=p.labelRect.x+dx, T=p.labelRect.y, B=T+p.labelRect.height, bx=box(), right=Math.min(chart.getWidth()-4,bx[0]+bx[2]+20);
  if(L<bx[0]||L>right-60){return hidden();}
  var ms=markRects(), lim=right;
  for(var k=0;k<ms.length;k++){var m=ms[k];if(m[3]<=T||m[1]>=B||m[2]<=L){continue;}if(m[0]<=L){return hidden();}lim=Math.min(lim,m[0]-4);}
  if(lim-L<60){return hidden();}
  return (lim-L<p.labelRect.width)?{dx:dx,width:lim-L,hideOverlap:true}:{dx:dx,hideOverlap:true};};});
layout();
var again=null; D.settled=false; D.drawn=0;
chart.on('rendered',function first(){chart.off('rendered',first);if(window.performance&&performance.mark){performance.mark('frise-drawn');}});
chart.on('finished',function(){if(again===null&&!D.settled){D.settled=true;D.drawn++;}});
chart.setOption(o, true);
D.relayout=function(){again=null;D.settled=false;layout();chart.setOption({series:o.series.map(function(s){return {data:s.data};})});};
chart.on('datazoom',function(){D.settled=false;clearTimeout(again);again=setTimeout(D.relayout,60);});
chart.on('click',function(p){
 if(p.seriesId==='fan'){if(p.value[5]===-1){D.fan=null;D.relayout();}return;}
 if(String(p.seriesId).indexOf('clusters')!==0){return;}var k=D.clusters[p.value[3]];if(!k){return;}
 var a=Infinity,b=-Infinity,m0=Infinity,m1=-Infinity;k.forEach(function(i){a=Math.min(a,items[i][0]);b=Math.max(b,items[i][1]);m0=Math.min(m0,items[i][6]);m1=Math.max(m1,items[i][6]);});
 var v=inView(), S=%[7]s;
 if(m1-m0<=S*0.02||v[1]-v[0]<=S*1.05){var set={};k.forEach(function(i){set[i]=1;});D.fan={items:k.slice(),set:set,lane:items[k[0]][2],x:(m0+m1)/2};D.settled=false;clearTimeout(again);again=setTimeout(D.relayout,0);return;}
 var pad=Math.max((b-a)*0.1,%[7]s);chart.dispatchAction({type:'dataZoom',startValue:a-pad,endValue:b+pad});});
})();`

// listJS links the chronology under a chart to it: the search box and the
// filters hide the events that do not match (and the days left empty);
// clicking a point scrolls the list to its event; hovering an event
// highlights its point and shows its tooltip. It finds its list and chart
// in the element that holds it, so that many charts work on one page.
// When printing, the chart is drawn at the paper's width.
const listJS = `(function(){
var root=document.currentScript.parentNode, list=root.querySelector('.frise-list');
if(!list){return;}
var items=Array.prototype.slice.call(list.querySelectorAll('.frise-ev'));
var q=list.querySelector('.frise-q'), fs=list.querySelector('.frise-fsrc'), fc=list.querySelector('.frise-fcert'), count=list.querySelector('.frise-count');
function norm(s){return s.normalize('NFD').replace(/[\u0300-\u036f]/g,'').toLowerCase();}
var texts=null, only=null;
function apply(){
 if(!texts){texts=items.map(function(li){return norm(li.textContent);});}
 var t=q?norm(q.value.trim()):'', s=fs?fs.value:'', c=fc?fc.value:'', n=0;
 items.forEach(function(li,k){
  var ok=(!only||only[li.getAttribute('data-i')])&&(!t||texts[k].indexOf(t)>=0)&&(!s||(' '+li.getAttribute('data-src')+' ').indexOf(' '+s+' ')>=0)&&(!c||li.getAttribute('data-cert')===c);
  li.hidden=!ok; if(ok){n++;}
 });
 Array.prototype.forEach.call(list.querySelectorAll('.frise-group'),function(g){g.hidden=!g.querySelector('.frise-ev:not([hidden])');});
 if(count){count.textContent=(n===items.length)?'':n+' / '+items.length;}
}
[q,fs,fc].forEach(function(e){if(e){e.addEventListener(e===q?'input':'change',function(){only=null;apply();});}});
var el=root.querySelector('.frise-chart .item'), chart=window.echarts&&el?echarts.getInstanceByDom(el):null;
if(!chart){return;}
var D=window[el.id]||{}, byI=null;
function index(){if(byI){return;}byI={};items.forEach(function(li){byI[li.getAttribute('data-i')]=li;});}
var current=null;
chart.on('click',function(p){
 index();
 // A cluster: the list shows its events (the chart zooms in on them,
 // or opens them as a stack, which stays in view).
 var k=String(p.seriesId).indexOf('clusters')===0&&D.clusters?D.clusters[p.value[3]]:null;
 if(k){only={};k.forEach(function(i){only[i]=1;});if(q){q.value='';} if(fs){fs.value='';} if(fc){fc.value='';} apply();
  var first=byI[k[0]];if(first&&!(D.fan&&D.fan.set[k[0]])){first.scrollIntoView({block:'start'});}return;}
 var v=p.value||[], li=byI[p.seriesType==='custom'?v[5]:v[2]];
 if(!li){return;}
 if(li.hidden){only=null;if(q){q.value='';} if(fs){fs.value='';} if(fc){fc.value='';} apply();}
 if(current){current.classList.remove('frise-on');}
 current=li; li.classList.add('frise-on'); li.scrollIntoView({block:'center'});
});
var hover=null;
// Where an event's point is drawn now (the chart lays its events out
// again on zoom): its point, or the cluster that counts it; none when it
// is out of view.
function point(li){return li&&D.where?D.where[li.getAttribute('data-i')]:null;}
list.addEventListener('mouseover',function(e){
 var li=e.target.closest?e.target.closest('.frise-ev'):null;
 if(li===hover){return;}
 var w=point(hover);
 if(w){chart.dispatchAction({type:'downplay',seriesIndex:w[0],dataIndex:w[1]});chart.dispatchAction({type:'hideTip'});}
 hover=li; w=point(li);
 if(w){chart.dispatchAction({type:'highlight',seriesIndex:w[0],dataIndex:w[1]});chart.dispatchAction({type:'showTip',seriesIndex:w[0],dataIndex:w[1]});}
});
list.addEventListener('mouseleave',function(){var w=point(hover);hover=null;if(w){chart.dispatchAction({type:'downplay',seriesIndex:w[0],dataIndex:w[1]});chart.dispatchAction({type:'hideTip'});}});
function resized(){if(D.relayout){D.relayout();}}
window.addEventListener('beforeprint',function(){chart.resize({width:Math.min(el.clientWidth,700)});resized();});
window.addEventListener('afterprint',function(){chart.resize();resized();});
})();`
