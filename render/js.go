package render

// The chart's own JavaScript. None of it holds article text as such:
// texts arrive as base64 (the %s), decoded by u().

// decodeJS turns base64 back into text (UTF-8). The formatters below sit
// in go-echarts' option JSON, which escapes '"' and '\\': they are written
// without either.
const decodeJS = `function u(s){var b=atob(s),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}return new TextDecoder().decode(a);}`

// tooltipJS shows the prepared tooltip of an event (value[5] of a span,
// value[2] of a point).
const tooltipJS = `function(p){var d=window.%s;var v=p.value||[];var i=p.seriesType==='custom'?v[5]:v[2];return (d&&d.tips[i])?d.u(d.tips[i]):'';}`

// tipsJS is the script that holds the tooltips: window.<chart id>.
const tipsJS = `window.%s={u:function(s){var b=atob(s),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}return new TextDecoder().decode(a);},tips:%s};`

// laneJS names the lanes on the y axis: lane i occupies [i, i+1), its
// name sits on its top line.
const laneJS = `(function(){` + decodeJS + `var lanes=%s;return function(v){return (v===Math.floor(v)&&v<lanes.length)?u(lanes[v]):'';};})()`

// legendJS names the lanes' series ("L0"…) in the legend.
const legendJS = `(function(){` + decodeJS + `var lanes=%s;return function(n){var i=parseInt(String(n).slice(1),10);return lanes[i]?u(lanes[i]):n;};})()`

// labelJS shows a point's label: value[3] is its place in its lane.
const labelJS = `(function(){` + decodeJS + `var labels=%s;return function(p){var t=labels[p.value[3]];return t?u(t):'';};})()`

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

// afterJS sets what go-echarts has no field for: the time axis reads the
// article's wall clock (the data are wall-clock milliseconds on a UTC
// clock), and tooltips stay inside the chart and wrap long sentences.
const afterJS = `(function(){` + decodeJS + `var o=option_%[1]s; o.useUTC=true; o.tooltip.confine=true; o.tooltip.extraCssText='max-width:480px;white-space:normal;';
o.yAxis[0].axisLabel.width=96; o.yAxis[0].axisLabel.overflow='truncate';
o.title.text=u('%[2]s'); o.title.subtext=u('%[3]s'); o.title.subtextStyle={width:1100,overflow:'break'}; o.animation=%[4]t;
var dens=%[5]s; if(dens.length>1){
 o.grid.push({left:110,right:40,bottom:64,height:30});
 var x0=o.xAxis[0]; o.xAxis.push({type:x0.type,gridIndex:1,min:x0.min,max:x0.max,show:false});
 o.yAxis.push({type:'value',gridIndex:1,show:false});
 o.series.push({name:'density',type:'bar',xAxisIndex:1,yAxisIndex:1,data:dens,barWidth:'80%%',silent:true,itemStyle:{color:'rgba(31,95,153,0.35)'},tooltip:{show:false},label:{show:false}});
 o.dataZoom.forEach(function(z){z.xAxisIndex=[0,1];});
 o.grid[0].bottom=110;
}
if(%[6]t){[].concat(o.toolbox||[]).forEach(function(t){t.show=false;});o.dataZoom.forEach(function(z){if(z.type==='slider'){z.show=false;}});if(o.grid[1]){o.grid[1].bottom=8;o.grid[0].bottom=50;}else{o.grid[0].bottom=40;}}
var chart=goecharts_%[1]s, el=chart.getDom(), W=el.clientWidth;
var marks=null, marksAt='';
function markRects(){
 var at=chart.convertToPixel({xAxisIndex:0},0)+','+chart.convertToPixel({xAxisIndex:0},1e12)+','+chart.getWidth()+','+chart.getHeight();
 if(at===marksAt){return marks;}
 marksAt=at; marks=[];
 o.series.forEach(function(s){if(s.xAxisIndex){return;}(s.data||[]).forEach(function(d){var v=d.value;if(!v){return;}
  if(s.type==='custom'){var a=chart.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[0],v[2]]), b=chart.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[1],v[2]]), h=v[4]?4:(v[3]===2?12:8);
   marks.push([a[0]-(v[6]<0?8:0),a[1]-h/2,Math.max(b[0],a[0]+2),a[1]+h/2]);}
  else if(s.type==='scatter'){var q=chart.convertToPixel({xAxisIndex:0,yAxisIndex:0},[v[0],v[1]]), r=(d.symbolSize||10)/2+1;marks.push([q[0]-r,q[1]-r,q[0]+r,q[1]+r]);}});});
 return marks;}
function hidden(){return {x:-10000,y:-10000,hideOverlap:true};}
o.series.forEach(function(s){if(s.type!=='scatter'){return;}
 s.label.show=false; s.label.overflow='truncate';
 s.data.forEach(function(d){if(d.value[5]){d.label={show:true};}});
 s.labelLayout=function(p){var d=s.data[p.dataIndex], v=d&&d.value;if(!v||!p.text){return hidden();}
  var a=chart.convertToPixel({xAxisIndex:0},v[0]), b=chart.convertToPixel({xAxisIndex:0},v[4]), dx=Math.max(0,b-a);
  var L=p.labelRect.x+dx, T=p.labelRect.y, B=T+p.labelRect.height, g=o.grid[0], right=Math.min(chart.getWidth()-4,chart.getWidth()-(+g.right||0)+20);
  if(L<(+g.left||0)||L>right-60){return hidden();}
  var ms=markRects(), lim=right;
  for(var k=0;k<ms.length;k++){var m=ms[k];if(m[3]<=T||m[1]>=B||m[2]<=L){continue;}if(m[0]<=L){return hidden();}lim=Math.min(lim,m[0]-4);}
  if(lim-L<60){return hidden();}
  return (lim-L<p.labelRect.width)?{dx:dx,width:lim-L,hideOverlap:true}:{dx:dx,hideOverlap:true};};});
o.xAxis[0].axisLabel.hideOverlap=true; o.title.subtextStyle.width=Math.max(200,W-40);
if(W<700){o.grid[0].left=64;o.grid[0].right=12;o.yAxis[0].axisLabel.width=56;o.yAxis[0].axisLabel.fontSize=10;o.title.textStyle={fontSize:14};o.title.subtextStyle.fontSize=10;var lgn=Array.isArray(o.legend)?o.legend[0]:o.legend;if(lgn){lgn.top=84;}o.grid[0].top=120;
 o.dataZoom.forEach(function(z){if(z.type==='slider'){z.left=64;z.right=12;}});if(o.grid[1]){o.grid[1].left=64;o.grid[1].right=12;}}
var lg=Array.isArray(o.legend)?o.legend[0]:o.legend; if(lg){lg.data=o.series.filter(function(s){return s.type==='scatter';}).map(function(s){return s.name;});}
goecharts_%[1]s.setOption(o, true);})();`

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
var texts=null;
function apply(){
 if(!texts){texts=items.map(function(li){return norm(li.textContent);});}
 var t=q?norm(q.value.trim()):'', s=fs?fs.value:'', c=fc?fc.value:'', n=0;
 items.forEach(function(li,k){
  var ok=(!t||texts[k].indexOf(t)>=0)&&(!s||(' '+li.getAttribute('data-src')+' ').indexOf(' '+s+' ')>=0)&&(!c||li.getAttribute('data-cert')===c);
  li.hidden=!ok; if(ok){n++;}
 });
 Array.prototype.forEach.call(list.querySelectorAll('.frise-group'),function(g){g.hidden=!g.querySelector('.frise-ev:not([hidden])');});
 if(count){count.textContent=(n===items.length)?'':n+' / '+items.length;}
}
[q,fs,fc].forEach(function(e){if(e){e.addEventListener(e===q?'input':'change',apply);}});
var el=root.querySelector('.frise-chart .item'), chart=window.echarts&&el?echarts.getInstanceByDom(el):null;
if(!chart){return;}
var where=null, byI=null;
function index(){if(where){return;}where={};byI={};
 chart.getOption().series.forEach(function(s,si){if(s.type!=='scatter'){return;}(s.data||[]).forEach(function(d,di){where[d.value[2]]=[si,di];});});
 items.forEach(function(li){byI[li.getAttribute('data-i')]=li;});}
var current=null;
chart.on('click',function(p){
 index();
 var v=p.value||[], li=byI[p.seriesType==='custom'?v[5]:v[2]];
 if(!li){return;}
 if(li.hidden){if(q){q.value='';} if(fs){fs.value='';} if(fc){fc.value='';} apply();}
 if(current){current.classList.remove('frise-on');}
 current=li; li.classList.add('frise-on'); li.scrollIntoView({block:'center'});
});
var hover=null;
function point(li){index();return li?where[li.getAttribute('data-i')]:null;}
list.addEventListener('mouseover',function(e){
 var li=e.target.closest?e.target.closest('.frise-ev'):null;
 if(li===hover){return;}
 var w=point(hover);
 if(w){chart.dispatchAction({type:'downplay',seriesIndex:w[0],dataIndex:w[1]});chart.dispatchAction({type:'hideTip'});}
 hover=li; w=point(li);
 if(w){chart.dispatchAction({type:'highlight',seriesIndex:w[0],dataIndex:w[1]});chart.dispatchAction({type:'showTip',seriesIndex:w[0],dataIndex:w[1]});}
});
list.addEventListener('mouseleave',function(){var w=point(hover);hover=null;if(w){chart.dispatchAction({type:'downplay',seriesIndex:w[0],dataIndex:w[1]});chart.dispatchAction({type:'hideTip'});}});
window.addEventListener('beforeprint',function(){chart.resize({width:Math.min(el.clientWidth,700)});});
window.addEventListener('afterprint',function(){chart.resize();});
})();`
