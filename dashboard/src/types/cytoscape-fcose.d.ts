/** cytoscape-fcose ships no types: the extension itself, and the layout options the dashboard passes to it. */
declare module 'cytoscape-fcose' {
  import type { BaseLayoutOptions, Ext } from 'cytoscape';

  export interface FcoseLayoutOptions extends BaseLayoutOptions {
    name: 'fcose';
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    animate?: boolean;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    uniformNodeDimensions?: boolean;
    packComponents?: boolean;
    nodeSeparation?: number;
    nodeRepulsion?: number | ((node: unknown) => number);
    idealEdgeLength?: number | ((edge: unknown) => number);
    edgeElasticity?: number | ((edge: unknown) => number);
    numIter?: number;
    tile?: boolean;
    gravity?: number;
    gravityRange?: number;
  }

  const fcose: Ext;
  export default fcose;
}
